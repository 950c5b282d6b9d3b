package dev.kiln.bench.cold;

import dev.kiln.Database;
import dev.kiln.bench.cold.kiln.KilnTables;
import dev.kiln.bench.cold.kiln.Model001;
import dev.kiln.bench.cold.kiln.Model001Dao;
import dev.kiln.session.Session;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Creates W8's database: the {@value ModelSources#MODELS} tables of the generated models, by
 * Kiln's {@code createAll()}, and {@value #ROWS} rows in {@code m001}, the table W8 reads. It runs
 * in a JVM of its own before the benchmark's forks ({@code benchmarks/run.sh} does it), so that
 * neither the schema's creation nor the classes it loads reach a measured JVM.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar dev.kiln.bench.cold.ColdSchema [sqlite]
 * [postgresql]} (both by default) replaces the SQLite file or the PostgreSQL schema that {@link
 * ColdDatabase} names.
 */
public final class ColdSchema {
  static final int ROWS = 10;
  /** The key W8's first query asks for, and the name its row has. */
  static final long KEY = 7;
  static final String KEY_NAME = "row " + KEY;

  private static final LocalDateTime EPOCH = LocalDateTime.of(2026, 1, 1, 0, 0);

  private ColdSchema() {}

  public static void main(String[] args) throws Exception {
    for (String db : args.length == 0 ? List.of("sqlite", "postgresql") : List.of(args)) {
      ColdDatabase database = ColdDatabase.configured(db);
      if (database.sqlite()) {
        Path file = ColdDatabase.sqliteFile();
        Files.deleteIfExists(file);
        Files.deleteIfExists(Path.of(file + "-wal"));
        Files.deleteIfExists(Path.of(file + "-shm"));
      } else {
        try (Connection c = DriverManager.getConnection(database.jdbcUrl());
            Statement s = c.createStatement()) {
          s.execute("DROP SCHEMA IF EXISTS " + ColdDatabase.SCHEMA + " CASCADE");
          s.execute("CREATE SCHEMA " + ColdDatabase.SCHEMA);
        }
      }
      create(database);
      System.out.println("W8: " + ModelSources.MODELS + " tables in " + database.jdbcUrl());
    }
  }

  /** Creates the tables in a database that has none of them, and fills {@code m001}. */
  static void create(ColdDatabase where) {
    try (Database database = Database.connect(where.kilnUrl(), KilnTables.all())) {
      database.createAll();
      try (Session session = database.openSession()) {
        Model001Dao rows = new Model001Dao(session);
        for (long id = 1; id <= ROWS; id++) {
          rows.insert(row(id));
        }
        session.commit();
      }
    }
  }

  /** The values of row {@code id} of {@code m001}. */
  static Model001 row(long id) {
    Model001 row = new Model001();
    row.setId(id);
    row.setName("row " + id);
    row.setAmount(BigDecimal.valueOf(id * 1234, 2));
    row.setCreatedAt(EPOCH.plusSeconds(id * 37));
    row.setActive(id % 2 == 0);
    row.setNote(id % 3 == 0 ? null : "note " + id);
    row.setCode("m001-" + id);
    return row;
  }
}
