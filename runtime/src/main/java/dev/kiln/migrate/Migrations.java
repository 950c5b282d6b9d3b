package dev.kiln.migrate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The migrations of one database, in version order; two with the same version are refused. */
public final class Migrations {
  private final List<Migration> ordered;

  private Migrations(List<Migration> migrations) {
    List<Migration> sorted = new ArrayList<>(migrations);
    sorted.sort(Comparator.comparingInt(Migration::version));
    Map<Integer, Migration> byVersion = new HashMap<>();
    for (Migration migration : sorted) {
      Migration other = byVersion.putIfAbsent(migration.version(), migration);
      if (other != null) {
        throw new IllegalArgumentException("Two migrations have version " + migration.version() + ": "
            + other.script() + " and " + migration.script() + "; give one the next free version.");
      }
    }
    this.ordered = List.copyOf(sorted);
  }

  public static Migrations of(List<Migration> migrations) {
    return new Migrations(migrations);
  }

  /** Every {@code V<n>__<description>.sql} file in the directory (not below it); other files are ignored. */
  public static Migrations fromDirectory(Path directory) {
    List<Migration> found = new ArrayList<>();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String name = file.getFileName().toString();
        if (name.startsWith("V") && name.endsWith(".sql") && Files.isRegularFile(file)) {
          found.add(Migration.of(name, Files.readString(file, StandardCharsets.UTF_8)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the migrations in " + directory, e);
    }
    return new Migrations(found);
  }

  /**
   * The scripts a class-path folder lists in its {@code index.txt} (Kiln's processor writes it
   * beside the scripts it generates), read through the class loader: nothing is scanned, and it
   * works from a jar. A folder without an index holds no migrations.
   */
  public static Migrations onClasspath(String folder, ClassLoader loader) {
    String base = folder.endsWith("/") ? folder : folder + "/";
    String index = resource(loader, base + "index.txt");
    List<Migration> found = new ArrayList<>();
    if (index != null) {
      for (String name : index.split("\n")) {
        if (!name.isBlank()) {
          String sql = resource(loader, base + name.strip());
          if (sql == null) {
            throw new IllegalStateException(base + "index.txt lists " + name.strip() + ", which is not on the class path");
          }
          found.add(Migration.of(name.strip(), sql));
        }
      }
    }
    return new Migrations(found);
  }

  private static String resource(ClassLoader loader, String name) {
    try (InputStream in = loader.getResourceAsStream(name)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + name + " from the class path", e);
    }
  }

  /**
   * These migrations up to and including {@code version} (Flyway's {@code target}): to bring a
   * database to a release older than the newest, such as one a rolled-back deployment still runs.
   */
  public Migrations upTo(int version) {
    return new Migrations(ordered.stream().filter(migration -> migration.version() <= version).toList());
  }

  public List<Migration> list() {
    return ordered;
  }
}
