package dev.kiln.it.bouncer;

import static dev.kiln.it.bouncer.TallyTable.AMOUNT;
import static dev.kiln.it.bouncer.TallyTable.STEP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.Database;
import dev.kiln.error.DataAccessException;
import dev.kiln.session.Session;
import dev.kiln.testing.TestBouncer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.util.PSQLException;

/**
 * Kiln behind PgBouncer in transaction pooling mode, where each transaction may run on another
 * server connection, and more clients than server connections share them. pgjdbc names a
 * statement's server-side prepared form ({@code S_1}, ...) after it has run {@code
 * prepareThreshold} (5) times on one client connection; Kiln keeps each connection's statements,
 * so its statements reach that count. A named statement exists on one server connection only.
 */
class PgBouncerTest {
  private static final int WORKERS = 8;
  /** Transactions per worker; each runs the same three statements, far more than 5 times. */
  private static final int STEPS = 40;

  /** Connects with the setting, or with {@code ?transactionPooling=true} in the URL. */
  @ParameterizedTest(name = "set in the URL: {0}")
  @ValueSource(booleans = {false, true})
  void withTransactionPoolingManyThreadsCommitEverythingAndNoStatementIsNamed(boolean inUrl)
      throws Exception {
    String url = TestBouncer.freshUrl();
    Database.Settings settings =
        inUrl
            ? Database.configure(withParameter(url, "transactionPooling=true"))
            : Database.configure(url).transactionPooling(true);
    try (Database database = settings.tables(List.of(TallyTable.TABLE)).connect()) {
      database.createAll();

      List<Throwable> failures = runWorkers(database);

      assertThat(failures).isEmpty();
      try (Session session = database.openSession()) {
        TallyDao tallies = new TallyDao(session);
        assertThat(tallies.query().count()).isEqualTo((long) WORKERS * STEPS);
        assertThat(tallies.query().select(AMOUNT.sum()).one().longValue())
            .isEqualTo(WORKERS * expectedSumPerWorker());
      }
    }
    // The setting is applied: no server connection behind the bouncer holds a named statement.
    Map<Integer, Long> named = namedStatementsPerServerConnection(url);
    assertThat(named).isNotEmpty();
    assertThat(named.values()).allMatch(count -> count == 0);
  }

  @Test
  void withoutTransactionPoolingTheSameWorkFailsOnPgjdbcsNamedStatements() throws Exception {
    String url = TestBouncer.freshUrl();
    List<Throwable> failures;
    try (Database database = Database.connect(url, List.of(TallyTable.TABLE))) {
      database.createAll();
      failures = runWorkers(database);
    }

    assertThat(failures).as("transactions that failed").isNotEmpty();
    // A client's S_n "does not exist" on a server connection that never saw it, or "already
    // exists" on one where another client named its own S_n.
    assertThat(failures)
        .anySatisfy(
            failure -> {
              assertThat(failure).isInstanceOf(DataAccessException.class);
              assertThat(rootCause(failure))
                  .isInstanceOf(PSQLException.class)
                  .hasMessageMatching("ERROR: prepared statement \"S_\\d+\" (does not exist|already exists)")
                  .satisfies(
                      e -> assertThat(((PSQLException) e).getSQLState()).isIn("26000", "42P05"));
            });
    // Rarely (once in some dozen runs here) a worker's first failure is instead its own check: it
    // read back fewer rows than it had committed without an error. Nothing else goes wrong.
    assertThat(failures)
        .allSatisfy(
            failure ->
                assertThat(rootCause(failure).getMessage())
                    .matches("(?s)(.*prepared statement \"S_\\d+\".*|worker \\d+ before step .*)"));
  }

  /**
   * {@link #WORKERS} threads, each running {@link #STEPS} sessions: read its own rows as a count
   * and through a streaming cursor, add one, commit. A worker stops at its first failure.
   */
  private static List<Throwable> runWorkers(Database database) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(WORKERS);
    try {
      List<Future<Throwable>> results = new ArrayList<>();
      for (int worker = 0; worker < WORKERS; worker++) {
        int id = worker;
        results.add(threads.submit(() -> work(database, id)));
      }
      List<Throwable> failures = new ArrayList<>();
      for (Future<Throwable> result : results) {
        Throwable failure = result.get();
        if (failure != null) {
          failures.add(failure);
        }
      }
      return failures;
    } finally {
      threads.shutdownNow();
    }
  }

  /** Null when every step committed and read back what the worker had written. */
  private static Throwable work(Database database, int worker) {
    try {
      for (int step = 0; step < STEPS; step++) {
        try (Session session = database.openSession()) {
          TallyDao tallies = new TallyDao(session);
          long written = tallies.query().filterByWorker(worker).count();
          long streamedSum;
          try (Stream<Tally> mine = tallies.query().filterByWorker(worker).orderBy(STEP.asc()).stream()) {
            streamedSum = mine.mapToLong(Tally::amount).sum();
          }
          if (written != step || streamedSum != sumOfAmounts(step)) {
            throw new AssertionError(
                "worker " + worker + " before step " + step + " read " + written + " rows summing to "
                    + streamedSum);
          }
          session.add(new Tally(null, worker, step, amount(step)));
          session.commit();
        }
      }
      return null;
    } catch (RuntimeException | AssertionError e) {
      return e;
    }
  }

  private static int amount(int step) {
    return step * 3 + 1;
  }

  private static long sumOfAmounts(int steps) {
    long sum = 0;
    for (int step = 0; step < steps; step++) {
      sum += amount(step);
    }
    return sum;
  }

  private static long expectedSumPerWorker() {
    return sumOfAmounts(STEPS);
  }

  /**
   * How many named prepared statements each server connection behind the bouncer holds, by backend
   * pid. {@code pg_prepared_statements} shows only its own session's, so this holds one open
   * transaction per server connection the database has: the bouncer then has to give each probe
   * another of them.
   */
  private static Map<Integer, Long> namedStatementsPerServerConnection(String url) throws SQLException {
    String probeUrl = withParameter(url, "prepareThreshold=0");
    int serverConnections;
    try (Connection connection = DriverManager.getConnection(probeUrl);
        Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT count(*) FROM pg_stat_activity"
                    + " WHERE datname = current_database() AND backend_type = 'client backend'")) {
      row.next();
      serverConnections = row.getInt(1);
    }
    Map<Integer, Long> named = new TreeMap<>();
    List<Connection> held = new ArrayList<>();
    try {
      for (int i = 0; i < serverConnections; i++) {
        Connection connection = DriverManager.getConnection(probeUrl);
        held.add(connection);
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement();
            ResultSet row =
                statement.executeQuery(
                    "SELECT pg_backend_pid(), (SELECT count(*) FROM pg_prepared_statements)")) {
          row.next();
          named.put(row.getInt(1), row.getLong(2));
        }
      }
    } finally {
      for (Connection connection : held) {
        connection.rollback();
        connection.close();
      }
    }
    assertThat(named).as("server connections probed, by pid").hasSize(serverConnections);
    return named;
  }

  private static String withParameter(String url, String parameter) {
    return url + (url.contains("?") ? "&" : "?") + parameter;
  }

  private static Throwable rootCause(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }
}
