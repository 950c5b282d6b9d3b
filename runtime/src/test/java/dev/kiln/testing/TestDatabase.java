package dev.kiln.testing;

import dev.kiln.Database;
import dev.kiln.schema.TableDef;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;

/**
 * The real databases tests run against. Use with {@code @EnumSource(TestDatabase.class)} so that
 * every behaviour is proven once per dialect.
 *
 * <p>PostgreSQL is the server named by {@code KILN_TEST_POSTGRES_URL} (a {@code jdbc:postgresql:}
 * URL) when set, otherwise an embedded PostgreSQL started once per JVM. Each {@link #freshUrl()}
 * gets its own schema, dropped when the JVM exits. If no PostgreSQL can be had, the test fails
 * when {@code CI=true} and is reported as skipped, with the reason, otherwise.
 *
 * <p>MariaDB is the server named by {@code KILN_TEST_MARIADB_URL} (a {@code jdbc:mariadb:} URL) when
 * set, otherwise the local server's {@code test} database ({@link MariaDb#LOCAL}). Each {@link
 * #freshUrl()} gets a database of its own, dropped when the JVM exits; a missing server is handled
 * as PostgreSQL's is.
 */
public enum TestDatabase {
  SQLITE {
    @Override
    public String freshUrl() {
      try {
        Path file = Files.createTempFile("kiln-test-", ".db");
        file.toFile().deleteOnExit();
        return "sqlite:///" + file.toAbsolutePath();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  },
  POSTGRESQL {
    @Override
    public String freshUrl() {
      String server = Postgres.serverUrl();
      String schema = "kiln_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
      execute(server, "CREATE SCHEMA " + schema);
      Postgres.SCHEMAS.add(schema);
      return server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }
  },
  MARIADB {
    @Override
    public String freshUrl() {
      String server = MariaDb.serverUrl();
      String database = "kiln_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
      execute(server, "CREATE DATABASE " + database);
      MariaDb.DATABASES.add(database);
      return MariaDb.withDatabase(server, database);
    }
  };

  /**
   * Connects to the URL (a {@link #freshUrl()}) knowing only these tables, and creates them; the
   * database is closed again if creating fails.
   */
  public static Database createTables(String url, TableDef<?>... tables) {
    Database database = Database.connect(url, List.of(tables));
    try {
      database.createAll();
      return database;
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  /** A URL, for {@code Database.connect}, of an empty database of this kind. */
  public abstract String freshUrl();

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Runs a statement on a connection of its own.
   *
   * @throws IllegalStateException if the server refuses it
   */
  static void execute(String jdbcUrl, String sql) {
    try (Connection connection = DriverManager.getConnection(jdbcUrl);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("The database at " + jdbcUrl + " refused: " + sql, e);
    }
  }

  /** A server found once per JVM; if it cannot be had, its tests fail in CI and are skipped otherwise. */
  private static final class Server {
    private final String product;
    private final Supplier<String> start;
    private String url;
    private RuntimeException failure;

    Server(String product, Supplier<String> start) {
      this.product = product;
      this.start = start;
    }

    synchronized String url() {
      if (url == null && failure == null) {
        try {
          url = start.get();
        } catch (RuntimeException e) {
          failure = e;
        }
      }
      if (failure != null) {
        if (!"true".equals(System.getenv("CI"))) {
          Assumptions.abort("No " + product + " available: " + failure.getMessage());
        }
        throw new IllegalStateException(
            product + " tests cannot run (CI=true, so this fails rather than skips)", failure);
      }
      return url;
    }
  }

  /** The one PostgreSQL server of this JVM. */
  private static final class Postgres {
    static final List<String> SCHEMAS = new CopyOnWriteArrayList<>();
    private static final Server SERVER = new Server("PostgreSQL", Postgres::start);

    static String serverUrl() {
      return SERVER.url();
    }

    private static String start() {
      String configured = System.getenv("KILN_TEST_POSTGRES_URL");
      String server;
      if (configured != null && !configured.isBlank()) {
        server = configured;
      } else {
        try {
          EmbeddedPostgres embedded = EmbeddedPostgres.start();
          Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(embedded)));
          server = embedded.getJdbcUrl("postgres", "postgres");
        } catch (IOException e) {
          throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
        }
      }
      execute(server, "SELECT 1");
      String chosen = server;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> dropSchemas(chosen)));
      return server;
    }

    private static void dropSchemas(String server) {
      for (String schema : SCHEMAS) {
        try {
          execute(server, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (RuntimeException ignored) {
          // The JVM is exiting; a schema left behind is harmless.
        }
      }
    }

    private static void closeQuietly(EmbeddedPostgres embedded) {
      try {
        embedded.close();
      } catch (IOException ignored) {
        // The JVM is exiting.
      }
    }
  }

  /** The one MariaDB server of this JVM. */
  private static final class MariaDb {
    /** The machine's own server, which takes no TLS. */
    static final String LOCAL = "jdbc:mariadb://127.0.0.1:3306/test?user=root&sslMode=disable";
    /**
     * Tests' own JDBC connections read statements written for every database, with standard
     * quoting and strings, as Kiln's connections do.
     */
    private static final String STANDARD_SQL = "sessionVariables=sql_mode='ANSI_QUOTES,NO_BACKSLASH_ESCAPES,STRICT_ALL_TABLES'";
    static final List<String> DATABASES = new CopyOnWriteArrayList<>();
    private static final Server SERVER = new Server("MariaDB", MariaDb::start);

    static String serverUrl() {
      return SERVER.url();
    }

    private static String start() {
      String configured = System.getenv("KILN_TEST_MARIADB_URL");
      String server = configured != null && !configured.isBlank() ? configured : LOCAL;
      execute(server, "SELECT 1");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> dropDatabases(server)));
      return server;
    }

    /** The server's URL with its database, the part of the path after the host, replaced. */
    static String withDatabase(String server, String database) {
      int query = server.indexOf('?');
      String path = query < 0 ? server : server.substring(0, query);
      int slash = path.indexOf('/', path.indexOf("//") + 2);
      String base = slash < 0 ? path : path.substring(0, slash);
      String parameters = query < 0 ? "" : server.substring(query + 1) + "&";
      return base + "/" + database + "?" + parameters + STANDARD_SQL;
    }

    private static void dropDatabases(String server) {
      for (String database : DATABASES) {
        try {
          execute(server, "DROP DATABASE IF EXISTS " + database);
        } catch (RuntimeException ignored) {
          // The JVM is exiting; a database left behind is harmless.
        }
      }
    }
  }
}
