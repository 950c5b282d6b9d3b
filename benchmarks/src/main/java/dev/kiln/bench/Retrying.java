package dev.kiln.bench;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.sqlite.SQLiteException;

/**
 * The retry loop W9's hand-written contenders (JDBC, Hibernate) run a transaction in: after a
 * failure another run may not meet (a deadlock, a serialization failure, a lock not available, a
 * busy SQLite database) the whole transaction runs again, each time after a random wait up to 2 ms,
 * doubling to at most 200 ms: Kiln's default {@code RetryPolicy}, so that every contender's retries
 * count the same thing. Kiln stops at 10 runs; here a transaction may run {@value #MAX_ATTEMPTS}
 * times, because Hibernate's on SQLite, which reads without a lock, can fail more than 10 times in
 * a row under four threads, and a benchmark should measure that rather than stop.
 */
final class Retrying {
  static final int MAX_ATTEMPTS = 100;
  private static final long FIRST_BACKOFF_NANOS = TimeUnit.MILLISECONDS.toNanos(2);
  private static final long MAX_BACKOFF_NANOS = TimeUnit.MILLISECONDS.toNanos(200);
  /** PostgreSQL: serialization failure, deadlock detected, lock not available. */
  private static final String[] TRANSIENT_SQL_STATES = {"40001", "40P01", "55P03"};
  /** SQLite's primary result codes SQLITE_BUSY and SQLITE_LOCKED (in an extended code's low byte). */
  private static final int SQLITE_BUSY = 5;
  private static final int SQLITE_LOCKED = 6;

  @FunctionalInterface
  interface Transaction {
    void run() throws SQLException;
  }

  private Retrying() {}

  /** Runs the transaction until it commits; returns how many times it ran again. */
  static int run(Transaction transaction) throws SQLException {
    for (int attempt = 1; ; attempt++) {
      try {
        transaction.run();
        return attempt - 1;
      } catch (SQLException | RuntimeException failure) {
        if (attempt == MAX_ATTEMPTS || !isTransient(failure)) {
          throw failure;
        }
        pause(attempt);
      }
    }
  }

  /** Whether the failure, or one of its causes, is an SQL error another run may not meet. */
  static boolean isTransient(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql) {
        String state = sql.getSQLState();
        for (String transientState : TRANSIENT_SQL_STATES) {
          if (transientState.equals(state)) {
            return true;
          }
        }
        if (sql instanceof SQLiteException sqlite) {
          int primaryCode = sqlite.getResultCode().code & 0xff;
          if (primaryCode == SQLITE_BUSY || primaryCode == SQLITE_LOCKED) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static void pause(int attempt) {
    long bound = Math.min(FIRST_BACKOFF_NANOS << Math.min(attempt - 1, 20), MAX_BACKOFF_NANOS);
    try {
      TimeUnit.NANOSECONDS.sleep(ThreadLocalRandom.current().nextLong(bound + 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted between the runs of a transaction", e);
    }
  }
}
