package dev.kiln.engine;

import dev.kiln.error.ConnectionLostException;
import dev.kiln.error.QueryTimeoutException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Consumer;

/**
 * A connection with its own prepared-statement cache. sqlite-jdbc caches nothing, and preparing a
 * statement costs more than running a simple one, so statements live as long as the connection.
 * Used by one thread at a time, between the pool's acquire and release.
 */
public final class PooledConnection implements AutoCloseable {
  private static final int STATEMENT_CACHE_SIZE = 256;

  private final Connection connection;
  private final Map<String, PreparedStatement> statements =
      new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
          if (size() <= STATEMENT_CACHE_SIZE) {
            return false;
          }
          closeQuietly(eldest.getValue());
          return true;
        }
      };

  /** Set once a failure showed the connection lost: the pool closes it instead of reusing it. */
  private volatile boolean broken;
  /** When the pool last took it back (System.nanoTime). */
  private long releasedAt;
  /** The pending leak warning, while the connection is checked out under a leak threshold. */
  private ScheduledFuture<?> leakWarning;

  public PooledConnection(Connection connection) {
    this.connection = connection;
  }

  public Connection connection() {
    return connection;
  }

  /** The cached statement for this SQL, prepared on first use. */
  public PreparedStatement prepare(String sql) throws SQLException {
    PreparedStatement statement = statements.get(sql);
    if (statement == null) {
      statement = connection.prepareStatement(sql);
      statements.put(sql, statement);
    }
    return statement;
  }

  /**
   * Runs the work on the cached statement for this SQL, cancelling it if it runs longer than the
   * limit (null for none; see {@link StatementTimeout}). A cancelled statement is dropped from the
   * cache: sqlite-jdbc cannot run one again after SQLite interrupted it.
   */
  public <R> R run(String sql, Duration limit, StatementWork<R> work) throws SQLException {
    PreparedStatement statement = prepare(sql);
    if (limit == null) {
      return work.run(statement);
    }
    try {
      return StatementTimeout.run(statement, sql, limit, work);
    } catch (QueryTimeoutException e) {
      closeQuietly(statements.remove(sql));
      throw e;
    }
  }

  /** Runs a statement that takes no parameters and returns no rows, such as {@code COMMIT}. */
  public void execute(String sql) throws SQLException {
    prepare(sql).execute();
  }

  /**
   * Returns the failure, first marking this connection broken if the failure says it was lost,
   * so that the pool discards it: {@code throw connection.noteFailure(dialect.translate(e, sql))}.
   */
  public <E extends RuntimeException> E noteFailure(E failure) {
    if (failure instanceof ConnectionLostException) {
      broken = true;
    }
    return failure;
  }

  /** Marks the connection unfit for reuse, as after a failed rollback. */
  public void markBroken() {
    broken = true;
  }

  boolean isBroken() {
    if (broken) {
      return true;
    }
    try {
      return connection.isClosed();
    } catch (SQLException e) {
      return true;
    }
  }

  /** Asks the driver whether the connection still works: a round trip on PostgreSQL. */
  boolean isValid(int timeoutSeconds) {
    try {
      return connection.isValid(timeoutSeconds);
    } catch (SQLException e) {
      return false;
    }
  }

  void markReleased() {
    releasedAt = System.nanoTime();
  }

  long releasedAt() {
    return releasedAt;
  }

  /** Schedules the leak warning, with the stack of the code that is taking the connection now. */
  void watchForLeak(Duration threshold, Consumer<Throwable> warn) {
    Throwable takenAt = new Throwable("Connection taken from the pool");
    leakWarning = Watchdog.after(threshold, () -> warn.accept(takenAt));
  }

  void stopWatchingForLeak() {
    if (leakWarning != null) {
      leakWarning.cancel(false);
      leakWarning = null;
    }
  }

  @Override
  public void close() {
    statements.values().forEach(PooledConnection::closeQuietly);
    statements.clear();
    closeQuietly(connection);
  }

  private static void closeQuietly(AutoCloseable resource) {
    try {
      resource.close();
    } catch (Exception ignored) {
      // Closing is best effort; the connection is being discarded.
    }
  }
}
