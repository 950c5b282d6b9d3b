package dev.kiln.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Assumptions;

/**
 * PgBouncer in transaction pooling mode, named by {@code KILN_TEST_PGBOUNCER_URL} (a {@code
 * jdbc:postgresql:} URL such as {@code jdbc:postgresql://127.0.0.1:6432/test?user=postgres};
 * {@code .ci/run} starts one). Without it the test is reported as skipped, with the reason, or
 * fails when {@code CI=true}, as for {@link TestDatabase}.
 *
 * <p>A bouncer keeps no session state, so a per-test schema ({@code search_path}) cannot be had
 * through it: each {@link #freshUrl()} is a database of its own, created through the bouncer and
 * dropped when the JVM exits. The bouncer must therefore route any database name to the server (a
 * {@code * = host=... port=...} entry). Each database also gets its own pool of server
 * connections, so tests do not see each other's prepared statements.
 */
public final class TestBouncer {
  private static final String VARIABLE = "KILN_TEST_PGBOUNCER_URL";
  private static final List<String> DATABASES = new CopyOnWriteArrayList<>();
  private static boolean dropHookAdded;

  private TestBouncer() {}

  /** A {@code jdbc:postgresql:} URL, through the bouncer, of a new empty database. */
  public static synchronized String freshUrl() {
    String bouncer = System.getenv(VARIABLE);
    if (bouncer == null || bouncer.isBlank()) {
      String reason = "No PgBouncer: " + VARIABLE + " is not set (.ci/run starts one and sets it)";
      if (!"true".equals(System.getenv("CI"))) {
        Assumptions.abort(reason);
      }
      throw new IllegalStateException(
          reason + ". PgBouncer tests cannot run (CI=true, so this fails rather than skips)");
    }
    String database = "kiln_bouncer_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    execute(bouncer, "CREATE DATABASE " + database);
    DATABASES.add(database);
    if (!dropHookAdded) {
      dropHookAdded = true;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> dropDatabases(bouncer)));
    }
    return withDatabase(bouncer, database);
  }

  /** The URL naming another database on the same host, with the same parameters. */
  static String withDatabase(String jdbcUrl, String database) {
    int hostStart = jdbcUrl.indexOf("//");
    int path = jdbcUrl.indexOf('/', hostStart + 2);
    int query = jdbcUrl.indexOf('?');
    if (hostStart < 0 || path < 0 || (query >= 0 && query < path)) {
      throw new IllegalStateException(
          VARIABLE + " must be a jdbc:postgresql://host:port/database URL, not " + jdbcUrl);
    }
    return jdbcUrl.substring(0, path + 1) + database + (query < 0 ? "" : jdbcUrl.substring(query));
  }

  /** Runs one statement in autocommit, on a connection that never names a prepared statement. */
  private static void execute(String jdbcUrl, String sql) {
    String url = jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "prepareThreshold=0";
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PgBouncer at " + jdbcUrl + " refused: " + sql, e);
    }
  }

  private static void dropDatabases(String bouncer) {
    for (String database : DATABASES) {
      try {
        // FORCE ends the server connections the bouncer still holds to it.
        execute(bouncer, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
      } catch (RuntimeException ignored) {
        // The JVM is exiting; a database left behind is harmless.
      }
    }
  }
}
