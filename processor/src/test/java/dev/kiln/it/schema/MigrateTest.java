package dev.kiln.it.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiln.Database;
import dev.kiln.error.MigrationException;
import dev.kiln.migrate.Migrations;
import dev.kiln.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code db.migrate()} and {@code db.baseline()} with Flyway-style scripts, on each database. */
class MigrateTest {
  private static final String V1 = "CREATE TABLE sprocket (id INTEGER PRIMARY KEY, name VARCHAR(60) NOT NULL);\n";
  private static final String V2 =
      "-- stock, and names unique; a comment with a ; in it\n"
          + "ALTER TABLE sprocket ADD COLUMN stock INTEGER;\n"
          + "CREATE UNIQUE INDEX sprocket_name_key ON sprocket (name);\n";
  private static final String V3 =
      "INSERT INTO sprocket (id, name, stock) VALUES (1, 'it''s a cog; really', 5);\n"
          + "/* two statements */ INSERT INTO sprocket (id, name, stock) VALUES (2, 'gear', 7)\n";

  /** A V2 whose second statement fails, after its first changed the table. */
  private static final String FAILING_V2 = "ALTER TABLE sprocket ADD COLUMN stock INTEGER;\nINSERT INTO nowhere VALUES (1);\n";

  @TempDir Path scripts;

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void migrationsApplyInVersionOrderOnceEachAndLeaveTheSchemaOfTheModel(TestDatabase kind) throws IOException {
    String url = kind.freshUrl();
    write("V3__two_sprockets.sql", V3);
    write("V1__create_sprocket.sql", V1);
    write("V2__stock_and_unique_names.sql", V2);
    try (Database db = Database.connect(url, List.of(SprocketTable.TABLE))) {
      assertThat(db.migrate(Migrations.fromDirectory(scripts))).isEqualTo(3);
      assertThat(db.migrate(Migrations.fromDirectory(scripts))).isZero();

      db.verifySchema();
      assertThat(Catalog.countRows(url, "sprocket")).isEqualTo(2);
      assertThat(names(db)).containsExactly("it's a cog; really", "gear");
      assertThat(Catalog.countRows(url, "kiln_schema_history")).isEqualTo(3);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void anAppliedMigrationThatWasEditedIsRefusedBeforeAnythingElseRuns(TestDatabase kind) throws IOException {
    String url = kind.freshUrl();
    write("V1__create_sprocket.sql", V1);
    try (Database db = Database.connect(url, List.of(SprocketTable.TABLE))) {
      db.migrate(Migrations.fromDirectory(scripts));
      write("V1__create_sprocket.sql", V1.replace("VARCHAR(60)", "VARCHAR(80)"));
      write("V2__stock_and_unique_names.sql", V2);

      assertThatThrownBy(() -> db.migrate(Migrations.fromDirectory(scripts)))
          .isInstanceOf(MigrationException.class)
          .hasMessageStartingWith("V1__create_sprocket.sql was changed after it was applied (checksum ")
          .hasMessageEndingWith("An applied migration must stay as it ran: restore it, and put the change in a new migration.");
      assertThat(Catalog.countRows(url, "kiln_schema_history")).isEqualTo(1);
      assertThat(Catalog.columns(url, "sprocket")).containsExactly("id", "name");
    }
  }

  @ParameterizedTest
  @EnumSource(value = TestDatabase.class, names = {"SQLITE", "POSTGRESQL"})
  void aMigrationThatFailsPartWayKeepsNothingOfItAndCanBeFixedAndRunAgain(TestDatabase kind) throws IOException {
    String url = kind.freshUrl();
    write("V1__create_sprocket.sql", V1);
    write("V2__stock_and_unique_names.sql", FAILING_V2);
    try (Database db = Database.connect(url, List.of(SprocketTable.TABLE))) {
      assertThatThrownBy(() -> db.migrate(Migrations.fromDirectory(scripts)))
          .isInstanceOf(MigrationException.class)
          .hasMessageStartingWith("V2__stock_and_unique_names.sql failed at its statement 2 (INSERT INTO nowhere VALUES (1)): ")
          .hasMessageEndingWith("; nothing of it was kept.");
      assertThat(Catalog.columns(url, "sprocket")).containsExactly("id", "name");

      write("V2__stock_and_unique_names.sql", V2); // never applied, so it may still change
      assertThat(db.migrate(Migrations.fromDirectory(scripts))).isEqualTo(1);
      db.verifySchema();
    }
  }

  @ParameterizedTest
  @EnumSource(value = TestDatabase.class, names = "MARIADB")
  void aMigrationThatFailsPartWayWhereDdlCannotRollBackIsRecordedAndStopsLaterRuns(TestDatabase kind) throws IOException {
    String url = kind.freshUrl();
    write("V1__create_sprocket.sql", V1);
    write("V2__stock_and_unique_names.sql", FAILING_V2);
    try (Database db = Database.connect(url, List.of(SprocketTable.TABLE))) {
      assertThatThrownBy(() -> db.migrate(Migrations.fromDirectory(scripts)))
          .isInstanceOf(MigrationException.class)
          .hasMessageContaining("V2__stock_and_unique_names.sql failed at its statement 2")
          .hasMessageContaining("MARIADB cannot roll DDL back, so what ran of it stays");
      assertThatThrownBy(() -> db.migrate(Migrations.fromDirectory(scripts)))
          .isInstanceOf(MigrationException.class)
          .hasMessageStartingWith("Migration V2__stock_and_unique_names.sql failed part-way on an earlier run");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void fourMigratorsAtOnceApplyEachMigrationExactlyOnce(TestDatabase kind) throws Exception {
    String url = kind.freshUrl();
    writeAllThree();
    int migrators = 4;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(migrators);
    List<Future<Integer>> applied = new ArrayList<>();
    List<Database> databases = new ArrayList<>();
    try {
      for (int i = 0; i < migrators; i++) {
        // A Database each, as separate processes would have: separate connections, one lock.
        Database db = Database.connect(url, List.of(SprocketTable.TABLE));
        databases.add(db);
        applied.add(threads.submit(() -> {
          start.await();
          return db.migrate(Migrations.fromDirectory(scripts));
        }));
      }
      start.countDown();
      int total = 0;
      for (Future<Integer> each : applied) {
        total += each.get();
      }
      assertThat(total).isEqualTo(3);
      assertThat(Catalog.countRows(url, "kiln_schema_history")).isEqualTo(3);
      assertThat(Catalog.countRows(url, "sprocket")).isEqualTo(2);
    } finally {
      threads.shutdown();
      databases.forEach(Database::close);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aBaselineAdoptsADatabaseMadeByCreateAllAndLaterMigrationsStillRun(TestDatabase kind) throws IOException {
    String url = kind.freshUrl();
    writeAllThree();
    try (Database db = Database.connect(url, List.of(SprocketTable.TABLE))) {
      db.createAll(); // the model's current tables: what V1 and V2 make
      db.baseline(2);

      assertThat(db.migrate(Migrations.fromDirectory(scripts))).isEqualTo(1);
      assertThat(Catalog.countRows(url, "sprocket")).isEqualTo(2);
      db.verifySchema();
      assertThatThrownBy(() -> db.baseline(3))
          .isInstanceOf(MigrationException.class)
          .hasMessageContaining("a baseline is only for a database that has none");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void flywayRunsTheSameFilesUnchanged(TestDatabase kind) throws IOException {
    String url = kind.freshUrl();
    writeAllThree();

    Flyway.configure().dataSource(Catalog.jdbcUrl(url), null, null).locations("filesystem:" + scripts).load().migrate();

    try (Database db = Database.connect(url, List.of(SprocketTable.TABLE))) {
      db.verifySchema();
      assertThat(names(db)).containsExactly("it's a cog; really", "gear");
    }
  }

  private void writeAllThree() throws IOException {
    write("V1__create_sprocket.sql", V1);
    write("V2__stock_and_unique_names.sql", V2);
    write("V3__two_sprockets.sql", V3);
  }

  private void write(String name, String sql) throws IOException {
    Files.writeString(scripts.resolve(name), sql);
  }

  private static List<String> names(Database db) {
    return db.transactionResult(session -> new SprocketQuery(session).orderBy(SprocketTable.ID.asc()).select(SprocketTable.NAME).all());
  }
}
