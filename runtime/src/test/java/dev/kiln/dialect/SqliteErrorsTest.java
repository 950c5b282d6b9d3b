package dev.kiln.dialect;

import static dev.kiln.testing.DriverFailures.failureOf;
import static dev.kiln.testing.DriverFailures.translated;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.error.DatabaseBusyException;
import dev.kiln.error.StorageFullException;
import dev.kiln.error.TransientDataAccessException;
import dev.kiln.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SQLite's failures that tell the application what to do next are typed, and exactly the ones that
 * may succeed when run again are {@link TransientDataAccessException}s. Each is provoked for real,
 * on raw JDBC connections to a fresh database file, and sqlite-jdbc's exception is translated as
 * Kiln translates it. sqlite-jdbc reports no SQLSTATE, and as error code SQLite's primary result
 * code, also where its message names an extended one.
 */
class SqliteErrorsTest {
  private static final String UPDATE = "UPDATE account SET balance = balance - 1 WHERE id = 1";

  private final Dialect dialect = Dialect.sqlite();
  private final List<Connection> connections = new ArrayList<>();
  private String url;

  @BeforeEach
  void createAccounts() throws SQLException {
    url = "jdbc:sqlite:" + TestDatabase.SQLITE.freshUrl().substring("sqlite:///".length());
    createAccounts(connect(url));
  }

  @AfterEach
  void closeConnections() throws SQLException {
    for (Connection connection : connections) {
      connection.close();
    }
  }

  @Test
  void aWriteWhileAnotherConnectionWritesIsTypedAsBusyAndRetryable() throws SQLException {
    Connection writer = connect(url);
    Connection other = connect(url);
    execute(writer, "BEGIN IMMEDIATE");
    execute(writer, UPDATE);

    SQLException failure = failureOf(() -> execute(other, UPDATE));

    assertThat(failure.getMessage()).startsWith("[SQLITE_BUSY]");
    assertThat(failure.getErrorCode()).isEqualTo(5);
    assertThat(failure.getSQLState()).isNull();
    assertThat(translated(dialect, failure, UPDATE, DatabaseBusyException.class))
        .isInstanceOf(TransientDataAccessException.class)
        .hasMessageContaining("Another connection holds the lock")
        .hasMessageContaining("run it again");
  }

  @Test
  void sqliteJdbcsQueryTimeoutWaitsForALockSoItIsTypedAsBusy() throws SQLException {
    Connection writer = connect(url);
    Connection other = connect(url);
    execute(writer, "BEGIN IMMEDIATE");
    long started = System.nanoTime();

    SQLException failure =
        failureOf(
            () -> {
              try (Statement statement = other.createStatement()) {
                statement.setQueryTimeout(1);
                statement.executeUpdate(UPDATE);
              }
            });

    // busy_timeout is 0 on this connection: only the query timeout made it wait.
    assertThat(System.nanoTime() - started).isGreaterThanOrEqualTo(900_000_000L);
    assertThat(failure.getMessage()).startsWith("[SQLITE_BUSY]");
    assertThat(translated(dialect, failure, UPDATE, DatabaseBusyException.class))
        .isInstanceOf(TransientDataAccessException.class);
  }

  @Test
  void aWalReaderThatWritesAfterAnotherConnectionCommittedIsTypedAsBusyAndRetryable()
      throws SQLException {
    execute(connect(url), "PRAGMA journal_mode = WAL");
    Connection reader = connect(url);
    Connection writer = connect(url);
    reader.setAutoCommit(false);
    query(reader, "SELECT balance FROM account WHERE id = 1");
    execute(writer, UPDATE);

    SQLException failure = failureOf(() -> execute(reader, UPDATE));

    assertThat(failure.getMessage()).startsWith("[SQLITE_BUSY_SNAPSHOT]");
    assertThat(failure.getErrorCode()).isEqualTo(5);
    assertThat(translated(dialect, failure, UPDATE, DatabaseBusyException.class))
        .isInstanceOf(TransientDataAccessException.class)
        .hasMessageContaining("after this transaction began reading");
  }

  @Test
  void aTableLockedByAnotherConnectionToASharedCacheIsTypedAsBusyAndRetryable()
      throws SQLException {
    String memory =
        "jdbc:sqlite:file:kiln-errors-" + UUID.randomUUID() + "?mode=memory&cache=shared";
    Connection writer = connect(memory);
    Connection reader = connect(memory);
    createAccounts(writer);
    writer.setAutoCommit(false);
    execute(writer, UPDATE);
    String select = "SELECT balance FROM account WHERE id = 1";

    SQLException failure = failureOf(() -> query(reader, select));

    assertThat(failure.getMessage()).startsWith("[SQLITE_LOCKED_SHAREDCACHE]");
    assertThat(failure.getErrorCode()).isEqualTo(6);
    assertThat(translated(dialect, failure, select, DatabaseBusyException.class))
        .isInstanceOf(TransientDataAccessException.class);
  }

  @Test
  void aTableLockedByAnOpenReadOfTheSameConnectionIsTypedAsBusy() throws SQLException {
    Connection connection = connect(url);
    String drop = "DROP TABLE account";
    SQLException failure;
    try (Statement reading = connection.createStatement();
        ResultSet rows = reading.executeQuery("SELECT * FROM account")) {
      assertThat(rows.next()).isTrue();

      failure = failureOf(() -> execute(connection, drop));
    }

    assertThat(failure.getMessage()).startsWith("[SQLITE_LOCKED]");
    assertThat(failure.getErrorCode()).isEqualTo(6);
    assertThat(translated(dialect, failure, drop, DatabaseBusyException.class))
        .isInstanceOf(TransientDataAccessException.class)
        .hasMessageContaining("this same connection");
  }

  @Test
  void aDatabaseAtItsPageLimitIsTypedAsStorageFullAndNotRetryable() throws SQLException {
    Connection connection = connect(url);
    execute(connection, "CREATE TABLE attachment (id INTEGER PRIMARY KEY, content BLOB)");
    execute(connection, "PRAGMA max_page_count = 20");
    String insert = "INSERT INTO attachment (content) VALUES (randomblob(4096))";

    SQLException failure =
        failureOf(
            () -> {
              for (int i = 0; i < 100; i++) {
                execute(connection, insert);
              }
            });

    assertThat(failure.getMessage()).startsWith("[SQLITE_FULL]");
    assertThat(failure.getErrorCode()).isEqualTo(13);
    StorageFullException full = translated(dialect, failure, insert, StorageFullException.class);
    assertThat(full).isNotInstanceOf(TransientDataAccessException.class);
    assertThat(full).hasMessageContaining("max_page_count");
  }

  /** A connection that never waits for a lock, unless a test says so. */
  private Connection connect(String jdbcUrl) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("busy_timeout", "0");
    Connection connection = DriverManager.getConnection(jdbcUrl, properties);
    connections.add(connection);
    return connection;
  }

  private static void createAccounts(Connection connection) throws SQLException {
    execute(connection, "CREATE TABLE account (id INTEGER PRIMARY KEY, balance INTEGER NOT NULL)");
    execute(connection, "INSERT INTO account VALUES (1, 100), (2, 100)");
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static void query(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      assertThat(result.next()).isTrue();
    }
  }
}
