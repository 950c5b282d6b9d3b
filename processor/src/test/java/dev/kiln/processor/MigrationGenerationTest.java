package dev.kiln.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.kiln.processor.Compilations.compiler;
import static dev.kiln.processor.Compilations.kilnProcessors;
import static dev.kiln.processor.Compilations.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.testing.compile.Compilation;
import dev.kiln.Database;
import dev.kiln.dialect.Dialect;
import dev.kiln.migrate.Migrations;
import dev.kiln.migrate.SchemaVerifier;
import dev.kiln.processor.check.Diagnostic;
import dev.kiln.processor.migrate.SchemaSnapshot;
import dev.kiln.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * With {@code -Akiln.migrations=<folder>}, each compilation whose models differ from the latest
 * schema snapshot writes the next migration for every dialect and its snapshot. A model taken
 * through nine versions, compiled version by version, each migration applied to a database holding
 * the previous version's rows.
 */
class MigrationGenerationTest {
  @TempDir Path migrations;

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void nineModelVersionsMigrateADatabaseKeepingEveryRow(TestDatabase kind) throws Exception {
    String url = kind.freshUrl();
    try (Database db = Database.connect(url, List.of())) {
      // V1: the table.
      compileVersion(part("  @Column(length = 40, nullable = false)", "  String name;", "  Integer weight;"));
      migrate(db, url, "V1__create_tables.sql");
      run(url, "INSERT INTO part (id, name, weight) VALUES (1, 'bolt', 12), (2, 'nut', NULL)");

      // V2: a required column with a default, which the rows there get.
      compileVersion(part("  @Column(length = 40, nullable = false)", "  String name;", "  Integer weight;",
          "  @Column(defaultSql = \"5\", nullable = false)", "  Integer stock;"));
      migrate(db, url, "V2__add_part_stock.sql");

      // V3: a column renamed, as declared.
      compileVersion(part("  @RenamedFrom(\"name\")", "  @Column(length = 40, nullable = false)", "  String title;",
          "  Integer weight;", "  @Column(defaultSql = \"5\", nullable = false)", "  Integer stock;"));
      migrate(db, url, "V3__rename_part_name_to_title.sql");

      // V4: an index.
      compileVersion(part("  @Column(length = 40, nullable = false, index = true)", "  String title;",
          "  Integer weight;", "  @Column(defaultSql = \"5\", nullable = false)", "  Integer stock;"));
      migrate(db, url, "V4__index_part_title_idx.sql");

      // V5: a new model whose rows refer to parts, with a unique index.
      JavaFileObject indexedPart = part("  @Column(length = 40, nullable = false, index = true)", "  String title;",
          "  Integer weight;", "  @Column(defaultSql = \"5\", nullable = false)", "  Integer stock;");
      compileVersion(indexedPart, bin());
      migrate(db, url, "V5__create_bin.sql");
      run(url, "INSERT INTO bin (id, label, part_id) VALUES (1, 'A1', 1)");

      // V6: a column dropped, as declared.
      compileVersion(source("test.Part",
          "package test;", "import dev.kiln.annotation.Column;", "import dev.kiln.annotation.DroppedColumn;",
          "import dev.kiln.annotation.Table;", "@Table", "@DroppedColumn(\"weight\")", "public class Part {",
          "  @Column(primaryKey = true)", "  Integer id;", "  @Column(length = 40, nullable = false, index = true)",
          "  String title;", "  @Column(defaultSql = \"5\", nullable = false)", "  Integer stock;", "}"), bin());
      migrate(db, url, "V6__drop_part_weight.sql");

      // V7: a type changed safely, a longer title, while bins refer to parts (SQLite rebuilds the table).
      compileVersion(part("  @Column(length = 80, nullable = false, index = true)", "  String title;",
          "  @Column(defaultSql = \"5\", nullable = false)", "  Integer stock;"), bin());
      migrate(db, url, "V7__alter_part_title.sql");
      run(url, "INSERT INTO part (id, title) VALUES (3, '" + "x".repeat(70) + "')");

      // V8: a unique constraint on a table that holds rows.
      compileVersion(part("  @Column(length = 80, nullable = false, unique = true, index = true)", "  String title;",
          "  @Column(defaultSql = \"5\", nullable = false)", "  Integer stock;"), bin());
      migrate(db, url, "V8__change_part.sql");

      // V9: a reference from parts to a new table: a column, its index and a foreign key on a table with rows.
      compileVersion(part("  @Column(length = 80, nullable = false, unique = true, index = true)", "  String title;",
          "  @Column(defaultSql = \"5\", nullable = false)", "  Integer stock;",
          "  final dev.kiln.relation.ToOne<Shelf> shelf = new dev.kiln.relation.ToOne<>();"), bin(), shelf());
      migrate(db, url, "V9__create_shelf_and_more.sql");
      run(url, "INSERT INTO shelf (id, room) VALUES (7, 'cellar')");
      run(url, "UPDATE part SET shelf_id = 7 WHERE id = 1");

      assertThat(rows(url, "SELECT id, title, stock, shelf_id FROM part WHERE id < 3 ORDER BY id"))
          .containsExactly("1 bolt 5 7", "2 nut 5 null");
      assertThat(rows(url, "SELECT id, label, part_id FROM bin")).containsExactly("1 A1 1");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aTableRenamedAsDeclaredKeepsItsRowsAndTheRowsReferringToIt(TestDatabase kind) throws Exception {
    String url = kind.freshUrl();
    try (Database db = Database.connect(url, List.of())) {
      compileVersion(part("  @Column(length = 40, unique = true)", "  String name;"), bin());
      migrate(db, url, "V1__create_tables.sql");
      run(url, "INSERT INTO part (id, name) VALUES (1, 'bolt')");
      run(url, "INSERT INTO bin (id, label, part_id) VALUES (1, 'A1', 1)");

      compileVersion(source("test.Part",
          "package test;", "import dev.kiln.annotation.Column;", "import dev.kiln.annotation.Table;",
          "@Table(name = \"item\", renamedFrom = \"part\")", "public class Part {", "  @Column(primaryKey = true)",
          "  Integer id;", "  @Column(length = 40, unique = true)", "  String name;", "}"), bin());
      migrate(db, url, "V2__rename_part_to_item_and_more.sql");

      assertThat(rows(url, "SELECT id, name FROM item")).containsExactly("1 bolt");
      assertThat(rows(url, "SELECT id, label, part_id FROM bin")).containsExactly("1 A1 1");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aTableDroppedAsDeclaredGoesAfterTheReferencesToItAndOtherRowsStay(TestDatabase kind) throws Exception {
    String url = kind.freshUrl();
    try (Database db = Database.connect(url, List.of())) {
      compileVersion(part("  @Column(length = 40)", "  String name;"), bin());
      migrate(db, url, "V1__create_tables.sql");
      run(url, "INSERT INTO part (id, name) VALUES (1, 'bolt')");
      run(url, "INSERT INTO bin (id, label, part_id) VALUES (1, 'A1', 1)");
      run(url, "INSERT INTO bin (id, label, part_id) VALUES (2, 'A2', NULL)");

      // Part is gone, and with it Bin's reference: its foreign key, index and column.
      compileVersion(source("test.Bin",
          "package test;", "import dev.kiln.annotation.Column;", "import dev.kiln.annotation.DroppedColumn;",
          "import dev.kiln.annotation.DroppedTable;", "import dev.kiln.annotation.Index;", "import dev.kiln.annotation.Table;",
          "@Index(columns = \"label\", unique = true)", "@DroppedTable(\"part\")", "@DroppedColumn(\"part_id\")", "@Table",
          "public class Bin {", "  @Column(primaryKey = true)", "  Integer id;", "  @Column(length = 10)", "  String label;", "}"));
      migrate(db, url, "V2__drop_table_part_and_more.sql");

      assertThat(rows(url, "SELECT id, label FROM bin ORDER BY id")).containsExactly("1 A1", "2 A2");
      assertThatThrownBy(() -> run(url, "SELECT id FROM part")).isInstanceOf(SQLException.class);
      assertThatThrownBy(() -> run(url, "INSERT INTO bin (id, label) VALUES (3, 'A1')"))
          .as("the unique index on label, kept").isInstanceOf(SQLException.class);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aColumnRenamedAndWidenedInOneVersionKeepsItsValues(TestDatabase kind) throws Exception {
    String url = kind.freshUrl();
    try (Database db = Database.connect(url, List.of())) {
      compileVersion(part("  @Column(length = 20)", "  String name;", "  Integer stock;"));
      migrate(db, url, "V1__create_tables.sql");
      run(url, "INSERT INTO part (id, name, stock) VALUES (1, 'bolt', 5)");
      run(url, "INSERT INTO part (id, name, stock) VALUES (2, NULL, NULL)");

      compileVersion(part("  @RenamedFrom(\"name\")", "  @Column(length = 40)", "  String title;",
          "  @RenamedFrom(\"stock\")", "  @Column(defaultSql = \"0\", nullable = false)", "  Long count;"));
      migrate(db, url, "V2__rename_part_name_to_title_and_more.sql");

      assertThat(rows(url, "SELECT id, title, count FROM part ORDER BY id")).containsExactly("1 bolt 5", "2 null 0");
      run(url, "INSERT INTO part (id, title) VALUES (3, '" + "x".repeat(40) + "')");
      assertThat(rows(url, "SELECT count FROM part WHERE id = 3")).containsExactly("0");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void newTablesThatReferToEachOtherGetTheirForeignKeysOnceBothExist(TestDatabase kind) throws Exception {
    String url = kind.freshUrl();
    try (Database db = Database.connect(url, List.of())) {
      compileVersion(
          source("test.Team", "package test;", "import dev.kiln.annotation.*;", "import dev.kiln.relation.ToOne;",
              "@Table", "public class Team {", "  @Column(primaryKey = true)", "  Integer id;",
              "  final ToOne<Player> captain = new ToOne<>();", "}"),
          source("test.Player", "package test;", "import dev.kiln.annotation.*;", "import dev.kiln.relation.ToOne;",
              "@Table", "public class Player {", "  @Column(primaryKey = true)", "  Integer id;",
              "  final ToOne<Team> team = new ToOne<>();", "}"));
      migrate(db, url, "V1__create_tables.sql"); // checks both foreign keys are there

      run(url, "INSERT INTO team (id) VALUES (1)");
      run(url, "INSERT INTO player (id, team_id) VALUES (1, 1)");
      run(url, "UPDATE team SET captain_id = 1 WHERE id = 1");
      String enforcing = kind == TestDatabase.SQLITE ? url + "?foreign_keys=true" : url; // as Kiln's connections do
      assertThatThrownBy(() -> run(enforcing, "UPDATE team SET captain_id = 2 WHERE id = 1"))
          .as("no player 2").isInstanceOf(SQLException.class);
    }
  }

  @Test
  void aCompilationWhoseModelsMatchTheLatestSnapshotWritesNothing() throws IOException {
    JavaFileObject model = part("  String name;");
    compileVersion(model);
    compileVersion(model);

    assertThat(files("sqlite")).containsExactly("V1__create_tables.sql");
    assertThat(files("schema")).containsExactly("V1.schema");
    assertThat(Files.readString(migrations.resolve("sqlite/index.txt"))).isEqualTo("V1__create_tables.sql\n");
  }

  @Test
  void aNewRequiredColumnWithoutADefaultIsAnErrorOnItsField() throws IOException {
    compileVersion(part("  String name;"));
    JavaFileObject next = part("  String name;", "  @Column(nullable = false)", "  Integer stock;"); // line 11

    Compilation compilation = compile(next);

    String folders = migrations + "/{sqlite,postgresql,mariadb}";
    assertThat(compilation).hadErrorContaining(
            Diagnostic.REQUIRED_COLUMN_WITHOUT_DEFAULT.format("stock", "stock", "part", 2, folders))
        .inFile(next).onLine(11);
    assertThat(files("sqlite")).containsExactly("V1__create_tables.sql");
  }

  @Test
  void aColumnGoneBesideANewOneIsNotGuessedButAnErrorOnTheNewField() throws IOException {
    compileVersion(part("  String name;"));
    JavaFileObject renamed = part("  String title;"); // line 9

    Compilation compilation = compile(renamed);

    assertThat(compilation).hadErrorContaining(
            Diagnostic.RENAME_OR_DROP.format("title", "title", "part", "name", "name", "name"))
        .inFile(renamed).onLine(9);
    assertThat(files("schema")).containsExactly("V1.schema");
  }

  @Test
  void aColumnGoneAloneIsAnErrorOnTheModelUntilDeclaredDropped() throws IOException {
    compileVersion(part("  String name;", "  Integer weight;"));
    JavaFileObject lighter = part("  String name;");

    assertThat(compile(lighter)).hadErrorContaining(Diagnostic.COLUMN_GONE.format("weight", "part", 1, "weight", "weight"))
        .inFile(lighter).onLine(6);
    assertThat(files("schema")).containsExactly("V1.schema");
  }

  @Test
  void aChangeThatCanLoseDataIsAnErrorOnItsField() throws IOException {
    compileVersion(part("  @Column(length = 40)", "  String name;"));
    JavaFileObject shorter = part("  @Column(length = 20)", "  String name;"); // the field on line 10

    String folders = migrations + "/{sqlite,postgresql,mariadb}";
    assertThat(compile(shorter))
        .hadErrorContaining(Diagnostic.LOSSY_CHANGE.format("name", "name", "part",
            "a length of 20 instead of 40 cuts longer values", 2, folders))
        .inFile(shorter).onLine(10);
  }

  @Test
  void aChangeKilnDoesNotMigrateIsAnErrorOnTheModelSayingWhatToWrite() throws IOException {
    compileVersion(part("  String name;"), bin());
    JavaFileObject alone = part("  String name;");

    String folders = migrations + "/{sqlite,postgresql,mariadb}";
    assertThat(compile(alone))
        .hadErrorContaining(Diagnostic.MIGRATION_NOT_WRITTEN.format(
            "table bin is no longer a model's (if it was renamed, say so with @Table(renamedFrom = \"bin\"); to drop it"
                + " with its rows, put @DroppedTable(\"bin\") on any model)", 2, folders, 2))
        .inFile(alone).onLine(6);
  }

  @Test
  void migrationScriptsTheDeveloperWroteForTheNextVersionAreKeptAndItsSnapshotRecorded() throws IOException {
    compileVersion(part("  String name;"));
    for (String dialect : List.of("sqlite", "postgresql", "mariadb")) {
      Files.writeString(migrations.resolve(dialect).resolve("V2__rename_name_to_title.sql"),
          "ALTER TABLE part RENAME COLUMN name TO title;\n");
    }

    compileVersion(part("  String title;"));

    assertThat(files("sqlite")).containsExactly("V1__create_tables.sql", "V2__rename_name_to_title.sql");
    assertThat(files("schema")).containsExactly("V1.schema", "V2.schema");
    assertThat(Files.readString(migrations.resolve("schema/V2.schema"))).contains("  column title TEXT\n");
    assertThat(Files.readString(migrations.resolve("mariadb/index.txt")))
        .isEqualTo("V1__create_tables.sql\nV2__rename_name_to_title.sql\n");
  }

  /** Applies the migrations, checks the newest is this one, and that the database matches its snapshot. */
  private void migrate(Database db, String url, String newest) throws IOException, SQLException {
    String folder = db.dialect().kind().name().toLowerCase(Locale.ROOT);
    assertThat(files(folder)).last().isEqualTo(newest);
    assertThat(db.migrate(Migrations.fromDirectory(migrations.resolve(folder)))).isEqualTo(1);
    int version = Integer.parseInt(newest.substring(1, newest.indexOf("__")));
    SchemaSnapshot snapshot = SchemaSnapshot.parse(version, Files.readString(migrations.resolve("schema/V" + version + ".schema")));
    try (Connection connection = DriverManager.getConnection(jdbcUrl(url))) {
      assertThat(new SchemaVerifier(db.dialect()).differences(connection, snapshot.tables())).isEmpty();
    }
  }

  private void compileVersion(JavaFileObject... sources) {
    assertThat(compile(sources)).succeeded();
  }

  private Compilation compile(JavaFileObject... sources) {
    return compiler().withOptions("-Akiln.migrations=" + migrations).withProcessors(kilnProcessors()).compile(sources);
  }

  private List<String> files(String folder) throws IOException {
    try (Stream<Path> files = Files.list(migrations.resolve(folder))) {
      return files.map(file -> file.getFileName().toString()).filter(name -> !name.equals("index.txt")).sorted().toList();
    }
  }

  /** {@code test.Part} with an id and these lines as its other fields; its first field is on line 9. */
  private static JavaFileObject part(String... fields) {
    List<String> lines = new ArrayList<>(List.of(
        "package test;",
        "import dev.kiln.annotation.Column;",
        "import dev.kiln.annotation.RenamedFrom;",
        "import dev.kiln.annotation.Table;",
        "@Table",
        "public class Part {", // 6
        "  @Column(primaryKey = true)",
        "  Integer id;"));
    lines.addAll(List.of(fields));
    lines.add("}");
    return source("test.Part", lines.toArray(String[]::new));
  }

  private static JavaFileObject bin() {
    return source("test.Bin",
        "package test;",
        "import dev.kiln.annotation.Column;",
        "import dev.kiln.annotation.Index;",
        "import dev.kiln.annotation.Table;",
        "import dev.kiln.relation.ToOne;",
        "@Index(columns = \"label\", unique = true)",
        "@Table",
        "public class Bin {",
        "  @Column(primaryKey = true)",
        "  Integer id;",
        "  @Column(length = 10)",
        "  String label;",
        "  final ToOne<Part> part = new ToOne<>();",
        "}");
  }

  private static JavaFileObject shelf() {
    return source("test.Shelf",
        "package test;",
        "import dev.kiln.annotation.Column;",
        "import dev.kiln.annotation.Table;",
        "@Table",
        "public class Shelf {",
        "  @Column(primaryKey = true)",
        "  Integer id;",
        "  @Column(length = 20)",
        "  String room;",
        "}");
  }

  private static void run(String url, String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(jdbcUrl(url)); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static List<String> rows(String url, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection(jdbcUrl(url));
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          values.add(String.valueOf(result.getObject(i)));
        }
        rows.add(String.join(" ", values));
      }
    }
    return rows;
  }

  private static String jdbcUrl(String url) {
    return url.startsWith("sqlite:///") ? "jdbc:sqlite:" + url.substring("sqlite:///".length()) : url;
  }
}
