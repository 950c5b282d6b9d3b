package dev.kiln.migrate;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * One versioned migration: a plain SQL script named the way Flyway expects, {@code
 * V<version>__<description>.sql} (version a whole number; underscores in the description stand for
 * spaces), so that the same files run unchanged with Flyway.
 *
 * @param script the file's name, as recorded in the history table
 */
public record Migration(int version, String description, String script, String sql) {
  private static final Pattern NAME = Pattern.compile("V([0-9]+)__(.+)\\.sql");

  public Migration {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(script, "script");
    Objects.requireNonNull(sql, "sql");
    if (version < 1) {
      throw new IllegalArgumentException("A migration's version is a whole number from 1, not " + version);
    }
  }

  /** The migration a file of this name and content holds; the name must read {@code V<n>__<description>.sql}. */
  public static Migration of(String fileName, String sql) {
    Matcher name = NAME.matcher(fileName);
    if (!name.matches()) {
      throw new IllegalArgumentException(
          "A migration's file name reads V<version>__<description>.sql, such as V2__add_email.sql, not " + fileName);
    }
    return new Migration(Integer.parseInt(name.group(1)), name.group(2).replace('_', ' '), fileName, sql);
  }

  /**
   * A CRC32 of the script with its line endings made alike, so that a checkout on another system
   * does not count as a change; the history table keeps it to notice an applied script that was
   * edited afterwards.
   */
  public long checksum() {
    CRC32 crc = new CRC32();
    crc.update(sql.replace("\r\n", "\n").replace('\r', '\n').strip().getBytes(StandardCharsets.UTF_8));
    return crc.getValue();
  }
}
