package dev.kiln.engine;

import dev.kiln.error.QueryTimeoutException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;

/**
 * Runs a statement under a time limit, cancelling it ({@link PreparedStatement#cancel()}) if it
 * runs longer: pgjdbc then sends PostgreSQL a cancel request, sqlite-jdbc interrupts SQLite. Not
 * JDBC's {@code setQueryTimeout}, which counts whole seconds, and which sqlite-jdbc spends on its
 * busy timeout instead of the statement. A cancel that comes as the statement finishes must not hit
 * the next statement on the connection, so the cancel and the end of the work exclude each other.
 */
public final class StatementTimeout {
  private final PreparedStatement statement;
  private boolean finished;
  private boolean cancelled;

  private StatementTimeout(PreparedStatement statement) {
    this.statement = statement;
  }

  /**
   * Runs the work on the statement; if the limit passes first, the statement is cancelled and a
   * {@link QueryTimeoutException} naming the limit is thrown.
   */
  public static <R> R run(PreparedStatement statement, String sql, Duration limit, StatementWork<R> work)
      throws SQLException {
    StatementTimeout timeout = new StatementTimeout(statement);
    ScheduledFuture<?> deadline = Watchdog.after(limit, timeout::cancel);
    try {
      return work.run(statement);
    } catch (SQLException e) {
      if (timeout.finish()) {
        throw new QueryTimeoutException(
            "The statement ran longer than its timeout of " + limit.toMillis() + " ms and was cancelled", sql, e);
      }
      throw e;
    } finally {
      timeout.finish();
      deadline.cancel(false);
    }
  }

  private synchronized void cancel() {
    if (finished) {
      return;
    }
    cancelled = true;
    try {
      statement.cancel();
    } catch (SQLException e) {
      // The statement could not be cancelled; it will end, or fail, on its own.
    }
  }

  /** Marks the work finished, so that a late cancel does nothing; returns whether one came. */
  private synchronized boolean finish() {
    finished = true;
    return cancelled;
  }
}
