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
import org.junit.jupiter.api.Assumptions;

/**
 * The real databases tests run against. Use with {@code @EnumSource(TestDatabase.class)} so that
 * every behaviour is proven once per dialect.
 *
 * <p>PostgreSQL is the server named by {@code KILN_TEST_POSTGRES_URL} (a {@code jdbc:postgresql:}
 * URL) when set, otherwise an embedded PostgreSQL started once per JVM. Each {@link #freshUrl()}
 * gets its own schema, dropped when the JVM exits. If no PostgreSQL can be had, the test fails
 * when {@code CI=true} and is reported as skipped, with the reason, otherwise.
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
      Postgres.execute(server, "CREATE SCHEMA " + schema);
      Postgres.SCHEMAS.add(schema);
      return server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }
  };

  /** A URL, for {@code Database.connect}, of an empty database of this kind. */
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

  public abstract String freshUrl();

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The one PostgreSQL server of this JVM. */
  private static final class Postgres {
    static final List<String> SCHEMAS = new CopyOnWriteArrayList<>();
    private static String url;
    private static RuntimeException failure;

    static synchronized String serverUrl() {
      if (url == null && failure == null) {
        try {
          url = start();
        } catch (RuntimeException e) {
          failure = e;
        }
      }
      if (failure != null) {
        if (!"true".equals(System.getenv("CI"))) {
          Assumptions.abort("No PostgreSQL available: " + failure.getMessage());
        }
        throw new IllegalStateException(
            "PostgreSQL tests cannot run (CI=true, so this fails rather than skips)", failure);
      }
      return url;
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

    static void execute(String jdbcUrl, String sql) {
      try (Connection connection = DriverManager.getConnection(jdbcUrl);
          Statement statement = connection.createStatement()) {
        statement.execute(sql);
      } catch (SQLException e) {
        throw new IllegalStateException("PostgreSQL at " + jdbcUrl + " refused: " + sql, e);
      }
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
}
