package dev.kiln.it.pool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.Database;
import dev.kiln.PoolStats;
import dev.kiln.error.ConnectionLostException;
import dev.kiln.error.UniqueViolationException;
import dev.kiln.session.RetryPolicy;
import dev.kiln.session.Session;
import dev.kiln.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 15's fault run: 10,000 transaction blocks from 8 threads over a pool of 4 connections,
 * one in ten failing on purpose after it wrote: a unique violation, an exception thrown by the
 * block's own code, or (PostgreSQL) the server killing the block's connection; on SQLite, which
 * has no connection to kill, an exception thrown after the write reached the database. Every
 * failure surfaces as its own type, none leaves a row behind, every other block commits, and the
 * pool ends with no connection checked out, never having held more than its maximum.
 */
class FaultInjectionTest {
  private static final int THREADS = 8;
  private static final int OPERATIONS = 10_000;
  private static final int MAX_CONNECTIONS = 4;

  /** What an operation does, chosen by its number. */
  private enum Fault {
    NONE,
    UNIQUE_VIOLATION,
    USER_EXCEPTION,
    KILLED_CONNECTION
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void oneInTenOperationsFailsAndNothingLeaksOrHalfCommits(TestDatabase kind) throws Exception {
    String url = kind.freshUrl();
    try (Database database =
        Database.configure(url).tables(List.of(CounterTable.TABLE, TripwireTable.TABLE)).maxConnections(MAX_CONNECTIONS)
            .connect()) {
      int id = Counters.createOne(database);
      if (kind == TestDatabase.POSTGRESQL) {
        killConnectionsThatInsertTripwires(url);
      }
      AtomicInteger next = new AtomicInteger();
      Map<Fault, LongAdder> outcomes = new ConcurrentHashMap<>();
      long started = System.nanoTime();

      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        workers.add(pool.submit(() -> {
          for (int i = next.getAndIncrement(); i < OPERATIONS; i = next.getAndIncrement()) {
            Fault fault = faultOf(i);
            // Only PostgreSQL's trigger kills its connection: elsewhere that fault is the user's exception.
            Fault seen = run(database, id, fault == Fault.KILLED_CONNECTION && kind != TestDatabase.POSTGRESQL
                ? Fault.USER_EXCEPTION : fault);
            outcomes.computeIfAbsent(seen, key -> new LongAdder()).increment();
          }
        }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
      pool.shutdown();
      double seconds = (System.nanoTime() - started) / 1e9;

      long succeeded = outcomes.get(Fault.NONE).sum();
      assertThat(succeeded).isEqualTo(OPERATIONS * 9 / 10);
      assertThat(Counters.hits(database, id)).isEqualTo(succeeded);
      assertThat(outcomes.get(Fault.UNIQUE_VIOLATION).sum()).isEqualTo(OPERATIONS / 30 + 1);
      long killed = kind == TestDatabase.POSTGRESQL ? OPERATIONS / 30 : 0;
      assertThat(outcomes.getOrDefault(Fault.KILLED_CONNECTION, new LongAdder()).sum()).isEqualTo(killed);
      long counters = database.transactionResult(session -> new CounterDao(session).query().count());
      long tripwires = database.transactionResult(session -> new TripwireDao(session).query().count());
      assertThat(counters).isEqualTo(1);
      assertThat(tripwires).isZero();

      PoolStats stats = database.poolStats();
      assertThat(stats.inUse()).isZero();
      assertThat(stats.waiting()).isZero();
      assertThat(stats.peakInUse()).isLessThanOrEqualTo(MAX_CONNECTIONS);
      assertThat(stats.discarded()).isGreaterThanOrEqualTo(killed);
      System.out.printf(
          "FaultInjectionTest[%s]: %d operations in %.1f s (%.0f/s), outcomes %s, pool after: %s%n",
          kind, OPERATIONS, seconds, OPERATIONS / seconds, outcomes, stats);
    }
  }

  private static Fault faultOf(int operation) {
    if (operation % 10 != 0) {
      return Fault.NONE;
    }
    return switch (operation % 30) {
      case 0 -> Fault.UNIQUE_VIOLATION;
      case 10 -> Fault.USER_EXCEPTION;
      default -> Fault.KILLED_CONNECTION;
    };
  }

  /** Runs one block that increments the counter and then meets the fault; returns what happened. */
  private static Fault run(Database database, int id, Fault fault) {
    try {
      database.transaction().retry(fault == Fault.NONE ? RetryPolicy.defaults() : RetryPolicy.none()).run(session -> {
        Counters.increment(session, id);
        fail(session, fault);
      });
      return Fault.NONE;
    } catch (UniqueViolationException e) {
      return Fault.UNIQUE_VIOLATION;
    } catch (InjectedFailure e) {
      return Fault.USER_EXCEPTION;
    } catch (ConnectionLostException e) {
      return Fault.KILLED_CONNECTION;
    }
  }

  private static void fail(Session session, Fault fault) {
    switch (fault) {
      case NONE -> {}
      case UNIQUE_VIOLATION -> {
        session.add(new Counter(Counters.NAME));
        session.flush();
      }
      case USER_EXCEPTION -> {
        session.flush();
        throw new InjectedFailure();
      }
      case KILLED_CONNECTION -> {
        session.add(new Tripwire("kills its connection"));
        session.flush();
      }
    }
  }

  /** PostgreSQL: a trigger that makes the backend inserting a tripwire terminate itself. */
  private static void killConnectionsThatInsertTripwires(String url) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE FUNCTION kill_own_backend() RETURNS trigger LANGUAGE plpgsql AS"
              + " $$ BEGIN PERFORM pg_terminate_backend(pg_backend_pid()); RETURN NEW; END $$");
      statement.execute(
          "CREATE TRIGGER tripwire_kills BEFORE INSERT ON " + TripwireTable.TABLE.name()
              + " FOR EACH ROW EXECUTE FUNCTION kill_own_backend()");
    }
  }

  /** The exception the block's own code throws. */
  private static final class InjectedFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InjectedFailure() {
      super("injected by the test");
    }
  }
}
