package dev.kiln.error;

import static dev.kiln.testing.DriverFailures.failureOf;
import static dev.kiln.testing.DriverFailures.translated;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.Database;
import dev.kiln.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What every database's translated failures have in common: the driver's SQLSTATE and error code
 * are kept, a cancelled statement is a {@link QueryTimeoutException} that is not retried, and the
 * constraint violations keep their types.
 */
class DataAccessExceptionTest {
  /** Long enough that only a cancel ends it in time, short enough that a broken cancel fails. */
  private static final String SQLITE_LONG_QUERY =
      "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300000000)"
          + " SELECT count(*) FROM n";

  private static final String POSTGRES_LONG_QUERY = "SELECT pg_sleep(60)";


  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aCancelledStatementIsTypedAsQueryTimeoutAndNotRetryable(TestDatabase kind) throws Exception {
    String url = kind.freshUrl();
    String longQuery = switch (kind) {
      case SQLITE -> SQLITE_LONG_QUERY;
      case POSTGRESQL -> POSTGRES_LONG_QUERY;
      // Not SLEEP or BENCHMARK, which a cancel ends without an error, nor a recursive query, cut at 1,000 rounds.
      case MARIADB -> "SELECT count(*) FROM seq_1_to_1000000 a JOIN seq_1_to_1000000 b ON a.seq % 7 = b.seq % 11";
    };
    SQLException failure;
    try (Connection connection = DriverManager.getConnection(jdbcUrl(url));
        Statement statement = connection.createStatement()) {
      // A cancel reaches only a statement already running, so it is repeated until one does.
      ScheduledExecutorService canceller = Executors.newSingleThreadScheduledExecutor();
      canceller.scheduleWithFixedDelay(() -> cancel(statement), 100, 100, TimeUnit.MILLISECONDS);
      try {
        failure = failureOf(() -> statement.executeQuery(longQuery).close());
      } finally {
        canceller.shutdownNow();
        canceller.awaitTermination(10, TimeUnit.SECONDS);
      }
    }

    switch (kind) {
      case SQLITE -> {
        assertThat(failure.getMessage()).startsWith("[SQLITE_INTERRUPT]");
        assertThat(failure.getErrorCode()).isEqualTo(9);
      }
      case POSTGRESQL -> {
        assertThat(failure.getSQLState()).isEqualTo("57014");
        assertThat(failure.getMessage()).contains("canceling statement due to user request");
      }
      case MARIADB -> {
        assertThat(failure.getSQLState()).isEqualTo("70100");
        assertThat(failure.getErrorCode()).isEqualTo(1317);
      }
    }
    try (Database db = Database.connect(url, List.of())) {
      QueryTimeoutException cancelled =
          translated(db.dialect(), failure, longQuery, QueryTimeoutException.class);
      assertThat(cancelled).isNotInstanceOf(TransientDataAccessException.class);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aDuplicateKeyKeepsItsTypeSqlStateAndVendorCode(TestDatabase kind) throws SQLException {
    String url = kind.freshUrl();
    String insert = "INSERT INTO account (id) VALUES (1)";
    SQLException failure;
    try (Connection connection = DriverManager.getConnection(jdbcUrl(url));
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE account (id INTEGER PRIMARY KEY)");
      statement.execute(insert);

      failure = failureOf(() -> statement.execute(insert));
    }

    switch (kind) {
      case SQLITE -> {
        assertThat(failure.getSQLState()).isNull();
        assertThat(failure.getErrorCode()).isEqualTo(19);
      }
      case POSTGRESQL -> {
        assertThat(failure.getSQLState()).isEqualTo("23505");
        assertThat(failure.getErrorCode()).isZero();
      }
      case MARIADB -> {
        assertThat(failure.getSQLState()).isEqualTo("23000");
        assertThat(failure.getErrorCode()).isEqualTo(1062);
      }
    }
    try (Database db = Database.connect(url, List.of())) {
      UniqueViolationException duplicate =
          translated(db.dialect(), failure, insert, UniqueViolationException.class);
      assertThat(duplicate).isNotInstanceOf(TransientDataAccessException.class);
      if (kind == TestDatabase.MARIADB) {
        // MariaDB's message names the key, not its table.
        assertThat(duplicate.constraint()).contains("PRIMARY");
      } else {
        assertThat(duplicate.table()).contains("account");
      }
    }
  }

  private static String jdbcUrl(String url) {
    String sqlite = "sqlite:///";
    return url.startsWith(sqlite) ? "jdbc:sqlite:" + url.substring(sqlite.length()) : url;
  }

  private static void cancel(Statement statement) {
    try {
      statement.cancel();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not cancel the statement", e);
    }
  }
}
