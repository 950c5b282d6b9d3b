package dev.kiln.processor.migrate;

import dev.kiln.dialect.Dialect;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The migrations folder in the source tree (the {@code kiln.migrations} option): a folder of
 * scripts per dialect ({@code sqlite/}, {@code postgresql/}, {@code mariadb/}), each named {@code
 * V<n>__<description>.sql}, and {@code schema/V<n>.schema}, the snapshot each version leaves.
 */
final class MigrationFolder {
  static final List<Dialect> DIALECTS = List.of(Dialect.sqlite(), Dialect.postgresql(), Dialect.mariadb());
  private static final Pattern SNAPSHOT = Pattern.compile("V([0-9]+)\\.schema");
  private static final Pattern SCRIPT = Pattern.compile("V([0-9]+)__.+\\.sql");
  /** The file listing a dialect's scripts; the runtime's {@code Migrations.onClasspath} reads it. */
  static final String INDEX = "index.txt";

  private final Path root;
  private final Filer filer;

  /**
   * @param filer where each file written is also put, under {@code db/migration/} in the class
   *     output, so that the build that generated a script can run it: the resources the build
   *     copied were copied before the compiler wrote it
   */
  MigrationFolder(Path root, Filer filer) {
    this.root = root;
    this.filer = filer;
  }

  Path root() {
    return root;
  }

  static String folderOf(Dialect dialect) {
    return dialect.kind().name().toLowerCase(Locale.ROOT);
  }

  /** The latest snapshot, or an empty one at version 0 when there is none yet. */
  SchemaSnapshot latestSnapshot() throws IOException {
    Path folder = root.resolve("schema");
    int latest = 0;
    if (Files.isDirectory(folder)) {
      try (Stream<Path> files = Files.list(folder)) {
        for (Path file : (Iterable<Path>) files::iterator) {
          Matcher name = SNAPSHOT.matcher(file.getFileName().toString());
          if (name.matches()) {
            latest = Math.max(latest, Integer.parseInt(name.group(1)));
          }
        }
      }
    }
    if (latest == 0) {
      return new SchemaSnapshot(0, List.of());
    }
    return SchemaSnapshot.parse(latest, Files.readString(snapshotFile(latest), StandardCharsets.UTF_8));
  }

  /** Whether every dialect's folder has a script of this version: one the developer wrote. */
  boolean hasScriptsFor(int version) throws IOException {
    for (Dialect dialect : DIALECTS) {
      Path folder = root.resolve(folderOf(dialect));
      if (!Files.isDirectory(folder)) {
        return false;
      }
      try (Stream<Path> files = Files.list(folder)) {
        if (files.noneMatch(file -> file.getFileName().toString().startsWith("V" + version + "__"))) {
          return false;
        }
      }
    }
    return true;
  }

  void writeScript(Dialect dialect, String fileName, String sql) throws IOException {
    write(folderOf(dialect) + "/" + fileName, sql);
  }

  /** Writes the file under the folder and, at the same place under db/migration/, into the class output. */
  private void write(String relative, String content) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
    FileObject resource = filer.createResource(StandardLocation.CLASS_OUTPUT, "", "db/migration/" + relative);
    try (Writer writer = resource.openWriter()) {
      writer.write(content);
    }
  }

  /**
   * Writes each dialect's {@code index.txt}: its scripts' names, in version order, which is how
   * the runtime finds them on the class path without scanning it.
   */
  void writeIndexes() throws IOException {
    for (Dialect dialect : DIALECTS) {
      Path folder = root.resolve(folderOf(dialect));
      if (!Files.isDirectory(folder)) {
        continue;
      }
      List<String> scripts;
      try (Stream<Path> files = Files.list(folder)) {
        scripts = files.map(file -> file.getFileName().toString())
            .filter(name -> SCRIPT.matcher(name).matches())
            .sorted(Comparator.comparingInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__")))))
            .toList();
      }
      String index = scripts.isEmpty() ? "" : String.join("\n", scripts) + "\n";
      Path file = folder.resolve(INDEX);
      if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(index)) {
        write(folderOf(dialect) + "/" + INDEX, index);
      }
    }
  }

  void writeSnapshot(SchemaSnapshot snapshot) throws IOException {
    write("schema/V" + snapshot.version() + ".schema", snapshot.render());
  }

  private Path snapshotFile(int version) {
    return root.resolve("schema").resolve("V" + version + ".schema");
  }
}
