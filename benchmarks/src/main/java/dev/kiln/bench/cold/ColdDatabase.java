package dev.kiln.bench.cold;

import dev.kiln.bench.BenchDatabase;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Where W8's tables are, and how each contender connects to them: an SQLite file ({@code
 * -Dbench.cold.sqlite}, by default {@code kiln-cold.db} in the temporary directory), or the schema
 * {@value #SCHEMA} on the PostgreSQL server named by {@code -Dbench.postgres} (a JDBC URL; the local
 * server by default, as for {@link BenchDatabase}). Not W1-W3's database: {@link ColdSchema}
 * creates this one before the benchmark's forks start, and they only read it.
 *
 * @param jdbcUrl the URL hand-written JDBC and Hibernate connect with
 * @param properties their connection properties: on SQLite, the settings of Kiln's own connections
 * @param kilnUrl the URL Kiln's {@code Database.connect} is given (the same database)
 */
record ColdDatabase(boolean sqlite, String jdbcUrl, Properties properties, String kilnUrl) {
  static final String SCHEMA = "kiln_cold";

  /** The database {@code -Dbench.cold.sqlite} or {@code -Dbench.postgres} names. */
  static ColdDatabase configured(String db) {
    return switch (db) {
      case "sqlite" -> sqlite(sqliteFile());
      case "postgresql" -> {
        String server = System.getProperty("bench.postgres", BenchDatabase.DEFAULT_POSTGRES);
        yield postgresql(server + (server.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
      }
      default -> throw new IllegalArgumentException("db must be sqlite or postgresql, not " + db);
    };
  }

  static Path sqliteFile() {
    return Path.of(
        System.getProperty(
            "bench.cold.sqlite", Path.of(System.getProperty("java.io.tmpdir"), "kiln-cold.db").toString()));
  }

  static ColdDatabase sqlite(Path file) {
    Properties properties = new Properties();
    // The same connection settings as Kiln's own SQLite connections (and BenchDatabase's).
    properties.setProperty("foreign_keys", "true");
    properties.setProperty("busy_timeout", "5000");
    properties.setProperty("case_sensitive_like", "true");
    properties.setProperty("journal_mode", "WAL");
    Path absolute = file.toAbsolutePath();
    return new ColdDatabase(true, "jdbc:sqlite:" + absolute, properties, "sqlite:///" + absolute);
  }

  /** A PostgreSQL database whose current schema holds (or is to hold) W8's tables. */
  static ColdDatabase postgresql(String jdbcUrl) {
    return new ColdDatabase(false, jdbcUrl, new Properties(), jdbcUrl);
  }
}
