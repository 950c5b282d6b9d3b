package dev.kiln.dialect;

import static dev.kiln.testing.DriverFailures.failureOf;
import static dev.kiln.testing.DriverFailures.translated;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.error.ConnectionLostException;
import dev.kiln.error.DataAccessException;
import dev.kiln.error.DeadlockException;
import dev.kiln.error.LockNotAvailableException;
import dev.kiln.error.QueryTimeoutException;
import dev.kiln.error.SerializationFailureException;
import dev.kiln.error.TransientDataAccessException;
import dev.kiln.testing.CuttableProxy;
import dev.kiln.testing.TestDatabase;
import java.net.ServerSocket;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL's failures that tell the application what to do next are typed, and exactly the ones
 * that may succeed when run again are {@link TransientDataAccessException}s. Each is provoked for
 * real, on raw JDBC connections to a fresh schema, and pgjdbc's exception is translated as Kiln
 * translates it.
 */
class PostgresErrorsTest {
  private static final String UPDATE = "UPDATE account SET balance = balance - 1 WHERE id = ?";

  private final Dialect dialect = Dialect.postgresql();
  private final List<Connection> connections = new ArrayList<>();
  private String url;

  @BeforeEach
  void createAccounts() throws SQLException {
    url = TestDatabase.POSTGRESQL.freshUrl();
    try (Statement statement = connect().createStatement()) {
      statement.execute("CREATE TABLE account (id INTEGER PRIMARY KEY, balance INTEGER NOT NULL)");
      statement.execute("INSERT INTO account VALUES (1, 100), (2, 100)");
    }
  }

  @AfterEach
  void closeConnections() throws SQLException {
    for (Connection connection : connections) {
      connection.close();
    }
  }

  @Test
  void aDeadlockIsTypedAndRetryable() throws Exception {
    Connection first = transaction();
    Connection second = transaction();
    update(first, 1);
    update(second, 2);
    List<SQLException> failures = new ArrayList<>();
    ExecutorService crossing = Executors.newFixedThreadPool(2);
    try {
      // Each now waits for the row the other holds; PostgreSQL aborts one of them, either.
      Future<SQLException> firstWaits = crossing.submit(() -> failureOrNull(first, 2));
      Future<SQLException> secondWaits = crossing.submit(() -> failureOrNull(second, 1));
      for (Future<SQLException> waiting : List.of(firstWaits, secondWaits)) {
        SQLException failure = waiting.get(30, TimeUnit.SECONDS);
        if (failure != null) {
          failures.add(failure);
        }
      }
    } finally {
      crossing.shutdownNow();
    }

    assertThat(failures).hasSize(1);
    SQLException failure = failures.get(0);
    assertThat(failure.getSQLState()).isEqualTo("40P01");
    DeadlockException deadlock = translated(dialect, failure, UPDATE, DeadlockException.class);
    assertThat(deadlock).isInstanceOf(TransientDataAccessException.class);
    assertThat(deadlock.vendorCode()).isZero();
    assertThat(deadlock)
        .hasMessageStartingWith(
            "PostgreSQL aborted this transaction to break a deadlock; run it again"
                + " (db.transaction retries it)")
        .hasMessageContaining("deadlock detected")
        .hasMessageContaining("SQL: " + UPDATE);
  }

  @Test
  void aConcurrentUpdateUnderRepeatableReadIsTypedAsSerializationFailureAndRetryable()
      throws SQLException {
    Connection first = transaction();
    Connection second = transaction();
    first.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
    second.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
    query(first, "SELECT balance FROM account WHERE id = 1");
    query(second, "SELECT balance FROM account WHERE id = 1");
    update(first, 1);
    first.commit();

    SQLException failure = failureOf(() -> update(second, 1));

    assertThat(failure.getSQLState()).isEqualTo("40001");
    SerializationFailureException refused =
        translated(dialect, failure, UPDATE, SerializationFailureException.class);
    assertThat(refused).isInstanceOf(TransientDataAccessException.class);
    assertThat(refused)
        .hasMessageContaining("run it again")
        .hasMessageContaining("could not serialize");
  }

  @Test
  void aRowLockedByAnotherTransactionIsTypedAsLockNotAvailableWithNowaitAndRetryable()
      throws SQLException {
    Connection holder = transaction();
    Connection other = transaction();
    String lock = "SELECT balance FROM account WHERE id = 1 FOR UPDATE";
    query(holder, lock);

    SQLException failure = failureOf(() -> query(other, lock + " NOWAIT"));

    assertThat(failure.getSQLState()).isEqualTo("55P03");
    LockNotAvailableException refused =
        translated(dialect, failure, lock + " NOWAIT", LockNotAvailableException.class);
    assertThat(refused).isInstanceOf(TransientDataAccessException.class);
  }

  @Test
  void aLockWaitPastLockTimeoutIsTypedAsLockNotAvailableAndRetryable() throws SQLException {
    Connection holder = transaction();
    Connection other = transaction();
    update(holder, 1);
    execute(other, "SET LOCAL lock_timeout = 50");

    SQLException failure = failureOf(() -> update(other, 1));

    assertThat(failure.getSQLState()).isEqualTo("55P03");
    assertThat(translated(dialect, failure, UPDATE, LockNotAvailableException.class))
        .isInstanceOf(TransientDataAccessException.class)
        .hasMessageContaining("lock timeout");
  }

  @Test
  void aStatementPastStatementTimeoutIsTypedAsQueryTimeoutAndNotRetryable() throws SQLException {
    Connection connection = connect();
    execute(connection, "SET statement_timeout = 50");
    String sleep = "SELECT pg_sleep(1)";

    SQLException failure = failureOf(() -> query(connection, sleep));

    assertThat(failure.getSQLState()).isEqualTo("57014");
    QueryTimeoutException timedOut =
        translated(dialect, failure, sleep, QueryTimeoutException.class);
    assertThat(timedOut).isNotInstanceOf(TransientDataAccessException.class);
    assertThat(timedOut)
        .hasMessageContaining("statement timeout")
        .hasMessageContaining("more time");
  }

  @Test
  void aConnectionWhoseBackendWasTerminatedIsTypedAsLostAndRetryable() throws SQLException {
    Connection victim = connect();
    int pid = backendPid(victim);
    try (PreparedStatement terminate =
        connect().prepareStatement("SELECT pg_terminate_backend(?, 10000)")) {
      terminate.setInt(1, pid);
      try (ResultSet result = terminate.executeQuery()) {
        assertThat(result.next() && result.getBoolean(1)).as("backend %s terminated", pid).isTrue();
      }
    }

    SQLException failure = failureOf(() -> query(victim, "SELECT 1"));
    SQLException afterwards = failureOf(() -> query(victim, "SELECT 1"));

    // pgjdbc reads the server's goodbye (57P01) that waits on the socket; had the socket broken
    // first, it would report the I/O error (08006). Either way the connection is lost.
    assertThat(failure.getSQLState()).isIn("57P01", "08006");
    assertThat(translated(dialect, failure, "SELECT 1", ConnectionLostException.class))
        .isInstanceOf(TransientDataAccessException.class)
        .hasMessageContaining("run the transaction again on a new connection");
    assertThat(afterwards.getSQLState()).isEqualTo("08003");
    assertThat(translated(dialect, afterwards, "SELECT 1", ConnectionLostException.class))
        .isInstanceOf(TransientDataAccessException.class);
  }

  @Test
  void aConnectionCutOnTheNetworkIsTypedAsLostAndRetryable() throws SQLException {
    URI server = URI.create(url.substring("jdbc:".length()));
    try (CuttableProxy proxy =
        new CuttableProxy(server.getHost(), server.getPort() == -1 ? 5432 : server.getPort())) {
      Connection connection =
          remember(
              DriverManager.getConnection(
                  "jdbc:postgresql://127.0.0.1:" + proxy.port() + server.getRawPath() + "?"
                      + server.getRawQuery()));
      query(connection, "SELECT 1");
      proxy.cut();

      SQLException failure = failureOf(() -> query(connection, "SELECT 1"));

      assertThat(failure.getSQLState()).isEqualTo("08006");
      assertThat(translated(dialect, failure, "SELECT 1", ConnectionLostException.class))
          .isInstanceOf(TransientDataAccessException.class);
    }
  }

  @Test
  void aServerThatRefusesConnectionsIsTypedAsLostAndRetryable() throws Exception {
    int closedPort;
    try (ServerSocket probe = new ServerSocket(0)) {
      closedPort = probe.getLocalPort();
    }

    SQLException failure =
        failureOf(
            () ->
                remember(
                    DriverManager.getConnection(
                        "jdbc:postgresql://127.0.0.1:" + closedPort + "/test?connectTimeout=5")));

    assertThat(failure.getSQLState()).isEqualTo("08001");
    assertThat(translated(dialect, failure, null, ConnectionLostException.class))
        .isInstanceOf(TransientDataAccessException.class);
  }

  @Test
  void aSessionIdlePastIdleSessionTimeoutIsTypedAsLostAndRetryable() throws Exception {
    Connection connection = connect();
    execute(connection, "SET idle_session_timeout = 50");
    Thread.sleep(500);

    SQLException failure = failureOf(() -> query(connection, "SELECT 1"));

    assertThat(failure.getSQLState()).isEqualTo("57P05");
    assertThat(translated(dialect, failure, "SELECT 1", ConnectionLostException.class))
        .isInstanceOf(TransientDataAccessException.class);
  }

  @Test
  void otherFailuresStayPlainAndAreNotRetried() {
    String sql = "SELECT * FROM no_such_table";

    SQLException failure = failureOf(() -> query(connect(), sql));

    assertThat(failure.getSQLState()).isEqualTo("42P01");
    DataAccessException translated = translated(dialect, failure, sql, DataAccessException.class);
    assertThat(translated.getClass()).isEqualTo(DataAccessException.class);
    assertThat(translated).hasMessageStartingWith("PostgreSQL failed: ERROR: relation");
  }

  private Connection connect() throws SQLException {
    return remember(DriverManager.getConnection(url));
  }

  private Connection transaction() throws SQLException {
    Connection connection = connect();
    connection.setAutoCommit(false);
    return connection;
  }

  private Connection remember(Connection connection) {
    connections.add(connection);
    return connection;
  }

  private static SQLException failureOrNull(Connection connection, int id) {
    try {
      update(connection, id);
      return null;
    } catch (SQLException e) {
      return e;
    }
  }

  private static void update(Connection connection, int id) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
      update.setInt(1, id);
      assertThat(update.executeUpdate()).isOne();
    }
  }

  private static void query(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      assertThat(result.next()).isTrue();
    }
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static int backendPid(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT pg_backend_pid()")) {
      result.next();
      return result.getInt(1);
    }
  }
}
