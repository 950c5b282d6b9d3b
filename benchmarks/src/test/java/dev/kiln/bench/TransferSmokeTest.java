package dev.kiln.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiln.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * Runs every W9 benchmark method from four threads at once on 10 accounts, as {@link
 * TransferFourThreads} does, each contender in turn on each database: every transfer is counted,
 * money moved, and the trial's own check ({@link Accounts#verifyBalances}) passes: the sum is
 * unchanged and no balance is below zero. And that check fails when the sum is off.
 */
class TransferSmokeTest {
  private static final int THREADS = Transfer.MAX_THREADS;
  private static final int TRANSFERS_PER_THREAD = 25;

  @ParameterizedTest
  @EnumSource(value = TestDatabase.class, names = {"SQLITE", "POSTGRESQL"}) // the benchmarks run on these two
  void everyContenderKeepsTheSumUnderContention(TestDatabase database) throws Exception {
    Accounts accounts = accounts(database);
    KilnTransfer kiln = new KilnTransfer();
    HibernateTransfer hibernate = new HibernateTransfer();
    List<JdbcTransfer> jdbc = new ArrayList<>();
    try {
      kiln.setUp(accounts);
      hibernate.setUp(accounts);
      for (int t = 0; t < THREADS; t++) {
        jdbc.add(new JdbcTransfer());
        jdbc.get(t).setUp(accounts);
      }
      runFromEveryThread(accounts, "jdbc", (t, workload, counters) -> workload.jdbc(jdbc.get(t), counters));
      runFromEveryThread(accounts, "kiln", (t, workload, counters) -> workload.kiln(kiln, counters));
      runFromEveryThread(
          accounts, "hibernate", (t, workload, counters) -> workload.hibernate(hibernate, counters));
    } finally {
      for (JdbcTransfer connection : jdbc) {
        connection.tearDown();
      }
      hibernate.tearDown();
      kiln.tearDown();
      accounts.tearDown();
    }
  }

  @ParameterizedTest
  @EnumSource(value = TestDatabase.class, names = {"SQLITE", "POSTGRESQL"}) // the benchmarks run on these two
  void aTrialWhoseBalancesNoLongerAddUpFails(TestDatabase database) throws Exception {
    Accounts accounts = accounts(database);
    try {
      accounts.verifyBalances();
      try (Connection c = accounts.connect();
          Statement s = c.createStatement()) {
        s.executeUpdate("UPDATE account SET balance = balance - 1 WHERE id = 1");
        c.commit();
      }
      assertThatThrownBy(accounts::verifyBalances)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("holding " + (Accounts.OPENING_BALANCE * 10 - 1) + " in all");
    } finally {
      accounts.close();
    }
  }

  @FunctionalInterface
  private interface ThreadWork {
    int transfer(int thread, Transfer workload, TransferCounters counters) throws Exception;
  }

  /** Each thread makes its transfers as the benchmark's would; then the trial's check runs. */
  private static void runFromEveryThread(Accounts accounts, String contender, ThreadWork work)
      throws Exception {
    Map<Long, Long> before = balances(accounts);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<TransferCounters>> threads = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        Callable<TransferCounters> transfers =
            () -> {
              Transfer workload = new TransferFourThreads();
              ThreadParams params = new ThreadParams(thread, THREADS, 0, 1, 0, 1, thread, THREADS, 0, 1);
              workload.setUp(accounts, params);
              TransferCounters counters = new TransferCounters();
              counters.reset();
              for (int i = 0; i < TRANSFERS_PER_THREAD; i++) {
                work.transfer(thread, workload, counters);
              }
              return counters;
            };
        threads.add(pool.submit(transfers));
      }
      for (Future<TransferCounters> thread : threads) {
        TransferCounters counters = thread.get();
        assertThat(counters.transfers).as(contender).isEqualTo(TRANSFERS_PER_THREAD);
        assertThat(counters.retries).as(contender).isNotNegative();
      }
    } finally {
      pool.shutdown();
    }
    assertThat(balances(accounts)).as(contender + " moved money").isNotEqualTo(before);
    accounts.verifyBalances();
  }

  private static Accounts accounts(TestDatabase database) throws Exception {
    Accounts accounts = new Accounts();
    accounts.db = database == TestDatabase.SQLITE ? "sqlite" : "postgresql";
    accounts.accounts = 10;
    if (database == TestDatabase.POSTGRESQL) {
      accounts.givenPostgresUrl = database.freshUrl();
    }
    accounts.setUp();
    return accounts;
  }

  private static Map<Long, Long> balances(Accounts accounts) throws SQLException {
    Map<Long, Long> balances = new HashMap<>();
    try (Connection c = accounts.connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT id, balance FROM account")) {
      while (rs.next()) {
        balances.put(rs.getLong(1), rs.getLong(2));
      }
      c.commit();
    }
    return balances;
  }
}
