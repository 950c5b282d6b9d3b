package dev.kiln.session;

import dev.kiln.dialect.Dialect;
import dev.kiln.engine.Engine;
import dev.kiln.engine.PooledConnection;
import dev.kiln.error.KilnException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Supplier;

/**
 * A session's connection and the database transaction on it: runs each statement (echoed, its
 * failure translated by the dialect), commits and rolls back. The connection is taken from the
 * pool at the first statement and given back when the session closes.
 *
 * <p>Any failure rolls the whole transaction back and then runs the session's {@code onRollback},
 * which discards what the session staged and held, so that no object claims a row the database
 * does not have.
 */
final class SessionTransaction {
  @FunctionalInterface
  interface StatementWork<R> {
    R run(PreparedStatement statement) throws SQLException;
  }

  private final Engine engine;
  private final Dialect dialect;
  private final Runnable onRollback;
  private PooledConnection connection;
  /**
   * Whether a statement ran since the last commit or rollback: closing a session after commit()
   * then costs no ROLLBACK (which sqlite-jdbc would run, and follow with a new BEGIN).
   */
  private boolean started;

  SessionTransaction(Engine engine, Runnable onRollback) {
    this.engine = engine;
    this.dialect = engine.dialect();
    this.onRollback = onRollback;
  }

  /** Runs one statement, echoed with its bound values (computed only if they are logged). */
  <R> R run(String sql, Supplier<List<?>> values, StatementWork<R> work) {
    engine.echo().statement(sql, values);
    return execute(sql, work);
  }

  /**
   * Runs the work on this connection's prepared statement for the SQL; the work echoes what it
   * runs. Any failure rolls everything back.
   */
  <R> R execute(String sql, StatementWork<R> work) {
    try {
      PreparedStatement statement = connection().prepare(sql);
      started = true;
      return work.run(statement);
    } catch (SQLException e) {
      throw fail(e, sql);
    } catch (RuntimeException e) {
      // A user's converter, say, failed while binding: the transaction is as broken as after SQL.
      try {
        rollback();
      } catch (RuntimeException rollbackFailure) {
        e.addSuppressed(rollbackFailure);
      }
      throw e;
    }
  }

  /** Commits, if the session ever had a connection. */
  void commit() {
    if (connection == null) {
      return;
    }
    try {
      connection.connection().commit();
      started = false;
    } catch (SQLException e) {
      throw fail(e, "COMMIT");
    }
  }

  /** Rolls the database transaction back, if one began, and discards the session's state. */
  void rollback() {
    try {
      if (connection != null && started) {
        connection.connection().rollback();
      }
    } catch (SQLException e) {
      // The connection is unusable; drop it so the next statement gets a fresh one.
      connection.close();
      connection = null;
      throw dialect.translate(e, "ROLLBACK");
    } finally {
      started = false;
      onRollback.run();
    }
  }

  /** Gives the connection back to the pool; the transaction must have ended. */
  void release() {
    if (connection != null) {
      engine.release(connection);
      connection = null;
    }
  }

  /** The failure, translated, after rolling everything back. */
  KilnException fail(SQLException cause, String sql) {
    KilnException translated = dialect.translate(cause, sql);
    try {
      rollback();
    } catch (RuntimeException rollbackFailure) {
      translated.addSuppressed(rollbackFailure);
    }
    return translated;
  }

  private PooledConnection connection() {
    if (connection == null) {
      connection = engine.acquire();
    }
    return connection;
  }
}
