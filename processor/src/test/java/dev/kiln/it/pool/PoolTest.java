package dev.kiln.it.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiln.Database;
import dev.kiln.PoolStats;
import dev.kiln.error.PoolExhaustedException;
import dev.kiln.session.Session;
import dev.kiln.testing.SqlLog;
import dev.kiln.testing.TestDatabase;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Kiln's own pool: it never has more connections open than its maximum, a thread that finds them
 * all in use waits and then fails with a typed error naming the size, connections held too long
 * are reported with the stack that took them, and idle ones are closed after the idle timeout.
 */
class PoolTest {
  private static Database.Settings settings(TestDatabase kind) {
    return Database.configure(kind.freshUrl()).tables(List.of(CounterTable.TABLE));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aThreadBeyondTheMaximumWaitsThenFailsWithPoolExhausted(TestDatabase kind) {
    try (Database database = settings(kind).maxConnections(2).acquireTimeout(Duration.ofMillis(200)).connect()) {
      int id = Counters.createOne(database);
      try (Session first = database.openSession(); Session second = database.openSession()) {
        first.get(CounterTable.TABLE, id);
        second.get(CounterTable.TABLE, id);
        assertThat(database.poolStats().inUse()).isEqualTo(2);

        try (Session third = database.openSession()) {
          assertThatThrownBy(() -> third.get(CounterTable.TABLE, id))
              .isInstanceOf(PoolExhaustedException.class)
              .hasMessageContaining("within 200 ms: all 2 of the pool's connections are in use")
              .hasMessageContaining("maxConnections");
        }
        first.close();
        try (Session third = database.openSession()) {
          assertThat(third.get(CounterTable.TABLE, id)).isPresent();
        }
      }
      PoolStats stats = database.poolStats();
      assertThat(stats.inUse()).isZero();
      assertThat(stats.peakInUse()).isEqualTo(2);
      assertThat(stats.opened()).isEqualTo(2);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void eightThreadsShareThreeConnectionsAndEveryIncrementCommits(TestDatabase kind) throws Exception {
    int threads = 8;
    int increments = 200;
    try (Database database = settings(kind).maxConnections(3).connect()) {
      int id = Counters.createOne(database);
      Counters.incrementConcurrently(database, id, threads, increments);

      assertThat(Counters.hits(database, id)).isEqualTo(threads * increments);
      PoolStats stats = database.poolStats();
      assertThat(stats.peakInUse()).isEqualTo(3);
      assertThat(stats.opened()).isEqualTo(3);
      assertThat(stats.inUse()).isZero();
      assertThat(stats.waiting()).isZero();
      assertThat(stats.idle()).isEqualTo(3);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aConnectionHeldPastTheLeakThresholdIsLoggedWithTheStackThatTookIt(TestDatabase kind) throws Exception {
    try (Database database = settings(kind).leakDetectionThreshold(Duration.ofMillis(100)).connect();
        SqlLog log = SqlLog.start("dev.kiln.pool")) {
      int id = Counters.createOne(database);
      database.transaction(session -> Counters.increment(session, id));
      Thread.sleep(300);
      assertThat(log.records()).as("connections given back in time are no leak").isEmpty();

      try (Session forgotten = database.openSession()) {
        forgotten.get(CounterTable.TABLE, id);
        LogRecord warning = awaitFirst(log, Duration.ofSeconds(5));
        assertThat(warning.getLevel()).isEqualTo(Level.WARNING);
        assertThat(warning.getMessage()).contains("checked out for longer than 100 ms");
        assertThat(Arrays.stream(warning.getThrown().getStackTrace()).map(StackTraceElement::getMethodName))
            .contains("aConnectionHeldPastTheLeakThresholdIsLoggedWithTheStackThatTookIt");
      }
      assertThat(database.poolStats().inUse()).isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void connectionsIdleLongerThanTheIdleTimeoutAreClosed(TestDatabase kind) throws Exception {
    try (Database database = settings(kind).idleTimeout(Duration.ofMillis(50)).connect()) {
      int id = Counters.createOne(database);
      long openedBefore = database.poolStats().opened();
      Thread.sleep(150);
      assertThat(Counters.hits(database, id)).isZero();

      PoolStats stats = database.poolStats();
      assertThat(stats.opened()).isEqualTo(openedBefore + 1);
      assertThat(stats.discarded()).isEqualTo(openedBefore);
    }
  }

  private static LogRecord awaitFirst(SqlLog log, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (log.records().isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(log.records()).as("a leak warning within " + timeout).isNotEmpty();
    return log.records().get(0);
  }
}
