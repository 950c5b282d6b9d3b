package dev.kiln.migrate;

import java.io.IOException;
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

  public List<Migration> list() {
    return ordered;
  }
}
