package dev.kiln.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * An empty database for one trial, shared by every contender: an SQLite file in WAL mode, or a
 * schema of its own on the PostgreSQL server named by {@code -Dbench.postgres} (a JDBC URL; the
 * local server by default). Subclasses create and fill their tables ({@link Fixture}: W1–W6;
 * {@link Accounts}: W9) between {@link #open} and {@link #close}.
 */
@State(Scope.Benchmark)
public abstract class BenchDatabase {
  public static final String DEFAULT_POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

  /** {@code sqlite} or {@code postgresql}. */
  @Param({"sqlite", "postgresql"})
  public String db;

  /**
   * {@code durable} (the databases' defaults: a commit returns once it is on disk) or {@code
   * relaxed} (SQLite {@code synchronous=NORMAL}, whose WAL commits are not synced; PostgreSQL
   * {@code synchronous_commit=off}). A durable commit waits for the disk, whose latency drifts over
   * minutes on this machine, so the write workloads' ratios can drift; relaxed commits leave what
   * the libraries themselves do. The setting is in the URL, so every contender gets it: {@code -p
   * commit=relaxed}.
   */
  @Param({"durable"})
  public String commit = "durable";

  /** The JDBC URL and connection properties every contender connects with. */
  String jdbcUrl;
  final Properties properties = new Properties();
  /** The URL Kiln's {@code Database.connect} is given (the same database). */
  String kilnUrl;
  private Path sqliteFile;
  /** The PostgreSQL schema this database made, and drops on close. */
  private String schema;
  /** A PostgreSQL JDBC URL whose current schema is empty and owned by the caller (smoke test). */
  String givenPostgresUrl;

  boolean sqlite() {
    return db.equals("sqlite");
  }

  boolean relaxed() {
    return commit.equals("relaxed");
  }

  /** The PostgreSQL URL, with {@code synchronous_commit=off} for every session if commits are relaxed. */
  private String withRelaxedCommit(String url) {
    return relaxed() ? url + (url.contains("?") ? "&" : "?") + "options=-c%20synchronous_commit%3Doff" : url;
  }

  /** Makes the empty database: a new SQLite file, or on PostgreSQL the schema, replaced. */
  void open(String postgresSchema) throws Exception {
    if (!commit.equals("durable") && !relaxed()) {
      throw new IllegalArgumentException("commit must be durable or relaxed, not " + commit);
    }
    switch (db) {
      case "sqlite" -> {
        sqliteFile = Files.createTempFile("kiln-bench-", ".db");
        jdbcUrl = "jdbc:sqlite:" + sqliteFile.toAbsolutePath();
        kilnUrl = "sqlite:///" + sqliteFile.toAbsolutePath();
        if (relaxed()) {
          jdbcUrl += "?synchronous=NORMAL";
          kilnUrl = jdbcUrl;
        }
        // The same connection settings as Kiln's own SQLite connections.
        properties.setProperty("foreign_keys", "true");
        properties.setProperty("busy_timeout", "5000");
        properties.setProperty("case_sensitive_like", "true");
        properties.setProperty("journal_mode", "WAL");
      }
      case "postgresql" -> {
        if (givenPostgresUrl != null) {
          jdbcUrl = withRelaxedCommit(givenPostgresUrl);
          kilnUrl = jdbcUrl;
          break;
        }
        String server = System.getProperty("bench.postgres", DEFAULT_POSTGRES);
        try (Connection c = DriverManager.getConnection(server);
            Statement s = c.createStatement()) {
          s.execute("DROP SCHEMA IF EXISTS " + postgresSchema + " CASCADE");
          s.execute("CREATE SCHEMA " + postgresSchema);
        }
        schema = postgresSchema;
        jdbcUrl = withRelaxedCommit(server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        kilnUrl = jdbcUrl;
      }
      default -> throw new IllegalArgumentException("db must be sqlite or postgresql, not " + db);
    }
  }

  /** Deletes the SQLite file, or drops the PostgreSQL schema this database made. */
  void close() throws Exception {
    if (sqliteFile != null) {
      Files.deleteIfExists(sqliteFile);
      Files.deleteIfExists(Path.of(sqliteFile + "-wal"));
      Files.deleteIfExists(Path.of(sqliteFile + "-shm"));
    } else if (schema != null) {
      try (Connection c = DriverManager.getConnection(jdbcUrl);
          Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      }
    }
  }

  /** A new connection, autocommit off, as every contender's transactions run. */
  Connection connect() throws SQLException {
    Connection c = DriverManager.getConnection(jdbcUrl, properties);
    c.setAutoCommit(false);
    return c;
  }
}
