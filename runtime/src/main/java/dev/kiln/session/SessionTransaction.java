package dev.kiln.session;

import dev.kiln.dialect.Dialect;
import dev.kiln.engine.Engine;
import dev.kiln.engine.PooledConnection;
import dev.kiln.engine.StatementWork;
import dev.kiln.engine.WriterQueue;
import dev.kiln.error.DatabaseBusyException;
import dev.kiln.error.KilnException;
import dev.kiln.error.QueryTimeoutException;
import dev.kiln.error.RollbackRequiredException;
import dev.kiln.query.SqlBuilder;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * A session's connection and the database transaction on it. The connection is taken from the pool
 * at the first statement and given back when the session closes; it stays in autocommit, and a
 * transaction begins only when one is needed (like SQLAlchemy's autobegin, but later):
 *
 * <ul>
 *   <li>a read before the session's first write runs alone, in one round trip: under READ
 *       COMMITTED (PostgreSQL's default) each statement sees its own snapshot either way;
 *   <li>the transaction begins at the first write (a flush that changes something, a bulk
 *       statement), the first locking read, the first stream, or the first statement of all when
 *       the session asked for an isolation above READ COMMITTED or declared that it will write on
 *       a database whose locks are taken as the transaction begins (SQLite's {@code BEGIN
 *       IMMEDIATE}).
 * </ul>
 *
 * <p>A failure inside the transaction rolls it back at once, runs the session's {@code
 * onRollback} (which discards what it staged and held), and leaves the session refusing work with
 * {@link RollbackRequiredException} until {@link #rollback} is called.
 */
final class SessionTransaction {
  /** How long a writer waits behind the others of its Database before giving up, retryably. */
  private static final Duration WRITER_TURN_TIMEOUT = Duration.ofSeconds(30);

  /** Why a statement runs, which decides whether it needs the transaction. */
  enum Need {
    READ,
    WRITE,
    LOCK,
    STREAM
  }

  private final Engine engine;
  private final Dialect dialect;
  private final TransactionOptions options;
  private final Runnable onRollback;
  private PooledConnection connection;
  /** Whether a database transaction is open on the connection. */
  private boolean active;
  /** The failure that ended the transaction, until {@link #rollback} acknowledges it. */
  private RuntimeException failure;
  /**
   * How many savepoints are open: a failure inside one leaves the transaction to the nested block,
   * which rolls back to its savepoint instead of ending everything.
   */
  private int savepoints;
  /** Whether this transaction holds its Database's writer turn (SQLite), given back as it ends. */
  private boolean writerTurn;
  /** When the transaction's time is up (System.nanoTime), or 0 if it has no timeout. */
  private final long deadline;

  SessionTransaction(Engine engine, TransactionOptions options, Runnable onRollback) {
    this.engine = engine;
    this.dialect = engine.dialect();
    this.options = options;
    this.onRollback = onRollback;
    // Never 0 by accident: nanoTime may be anything, so a deadline that lands on 0 moves by 1 ns.
    long due = options.timeout() == null ? 0 : System.nanoTime() + options.timeout().toNanos();
    this.deadline = options.timeout() != null && due == 0 ? 1 : due;
  }

  /** Throws if a failure ended the transaction and {@link #rollback} has not been called since. */
  void requireNoPendingRollback() {
    if (failure != null) {
      throw new RollbackRequiredException(failure);
    }
  }

  /** Runs one statement, echoed with its bound values (computed only if they are logged). */
  <R> R run(Need need, String sql, Supplier<List<?>> values, StatementWork<R> work) {
    return run(need, sql, values, null, work);
  }

  /** Runs the built statement, under its own time limit if it has one. */
  <R> R run(Need need, SqlBuilder sql, StatementWork<R> work) {
    return run(need, sql.sql(), sql::values, sql.timeout(), work);
  }

  private <R> R run(Need need, String sql, Supplier<List<?>> values, Duration timeout, StatementWork<R> work) {
    return execute(
        need,
        sql,
        timeout,
        statement -> {
          engine.echo().statement(sql, values);
          return work.run(statement);
        });
  }

  /**
   * Runs the work on this connection's prepared statement for the SQL, first beginning the
   * transaction if the statement needs one; the work echoes what it runs. A failure inside the
   * transaction rolls it back.
   */
  <R> R execute(Need need, String sql, StatementWork<R> work) {
    return execute(need, sql, null, work);
  }

  private <R> R execute(Need need, String sql, Duration timeout, StatementWork<R> work) {
    requireNoPendingRollback();
    if (!active) {
      beginIfNeeded(need);
    }
    try {
      return connection().run(sql, limitFor(timeout, sql), work);
    } catch (SQLException e) {
      throw fail(connection.noteFailure(dialect.translate(e, sql)));
    } catch (RuntimeException e) {
      // A timeout, or a user's converter that failed while binding: the transaction is as broken
      // as after a failed statement.
      throw fail(e);
    }
  }

  /**
   * How long the next statement may run: the least of its own timeout, the Database's statement
   * timeout and what is left of the transaction's; null for no limit.
   *
   * @throws QueryTimeoutException if the transaction's time is up
   */
  private Duration limitFor(Duration own, String sql) {
    Duration limit = shorter(own, engine.statementTimeout());
    if (deadline == 0) {
      return limit;
    }
    long left = deadline - System.nanoTime();
    if (left <= 0) {
      throw new QueryTimeoutException(
          "The transaction ran past its timeout of " + options.timeout().toMillis() + " ms", sql, null);
    }
    return shorter(limit, Duration.ofNanos(left));
  }

  private static Duration shorter(Duration a, Duration b) {
    return a == null ? b : b == null || a.compareTo(b) <= 0 ? a : b;
  }

  /** Begins the transaction now, if it has not begun: a savepoint or a lock needs one. */
  void begin(boolean write) {
    requireNoPendingRollback();
    if (!active) {
      start(write);
    }
  }

  /** Sets a savepoint, beginning the transaction if it has not begun. */
  void savepoint(String name) {
    begin(true);
    control("SAVEPOINT " + dialect.quote(name));
    savepoints++;
  }

  /** Releases the savepoint: what was done since it stays part of the transaction. */
  void releaseSavepoint(String name) {
    savepoints--;
    control("RELEASE SAVEPOINT " + dialect.quote(name));
  }

  /** Undoes everything since the savepoint and releases it; the transaction goes on. */
  void rollbackToSavepoint(String name) {
    savepoints--;
    control("ROLLBACK TO SAVEPOINT " + dialect.quote(name));
    control("RELEASE SAVEPOINT " + dialect.quote(name));
  }

  /** Runs a statement of transaction control inside the transaction; a failure ends it. */
  private void control(String sql) {
    engine.echo().statement(sql, null);
    try {
      connection().execute(sql);
    } catch (SQLException e) {
      throw fail(connection.noteFailure(dialect.translate(e, sql)));
    }
  }

  /** Commits, if a transaction began. */
  void commit() {
    requireNoPendingRollback();
    if (!active) {
      return;
    }
    engine.echo().statement("COMMIT", null);
    try {
      dialect.commit(connection.connection(), connection::execute);
      active = false;
      leaveWriterTurn();
    } catch (SQLException e) {
      throw fail(connection.noteFailure(dialect.translate(e, "COMMIT")));
    }
  }

  /**
   * Rolls the database transaction back, if one began, discards the session's state, and
   * acknowledges any failure, so that the session can be used again.
   */
  void rollback() {
    failure = null;
    try {
      rollbackDatabase();
    } finally {
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

  /**
   * Ends the transaction after a failure: rolls it back, discards the session's state, and makes
   * the session refuse work until {@link #rollback}. Returns the failure to throw. A failed read
   * outside a transaction changed nothing and leaves the session as it was.
   */
  <E extends RuntimeException> E fail(E cause) {
    if (!active || savepoints > 0) {
      return cause;
    }
    try {
      rollbackDatabase();
    } catch (RuntimeException rollbackFailure) {
      cause.addSuppressed(rollbackFailure);
    }
    onRollback.run();
    failure = cause;
    return cause;
  }

  private void beginIfNeeded(Need need) {
    switch (need) {
      case WRITE -> {
        if (options.readOnly()) {
          throw new IllegalStateException(
              "This transaction is read-only; write in a transaction that is not (db.transaction(...)).");
        }
        start(true);
      }
      case LOCK -> {
        if (options.readOnly()) {
          throw new IllegalStateException(
              "This transaction is read-only and cannot lock rows; use db.transaction(...) to lock and write.");
        }
        start(true);
      }
      case STREAM -> start(false);
      case READ -> {
        if (options.beginsAtFirstStatement(dialect)) {
          start(options.writes());
        }
      }
    }
  }

  private void start(boolean write) {
    boolean immediate = write && dialect.locksWhenTransactionBegins();
    String begin = immediate ? "BEGIN IMMEDIATE" : "BEGIN";
    // The connection first, then the turn: a writer holding the turn must never wait for the pool
    // while the pool's connections wait for the turn.
    PooledConnection held = connection();
    if (immediate) {
      takeWriterTurn();
    }
    engine.echo().statement(begin, null);
    try {
      dialect.begin(held.connection(), held::execute, options.isolation(), options.readOnly(), write);
      active = true;
    } catch (SQLException e) {
      // The transaction may be half-begun (autocommit off): end it so the connection is clean.
      active = true;
      throw fail(connection.noteFailure(dialect.translate(e, begin)));
    } catch (RuntimeException e) {
      leaveWriterTurn();
      throw e;
    }
  }

  /** Waits, in order, behind this Database's other writers (see {@link WriterQueue}). */
  private void takeWriterTurn() {
    try {
      if (!engine.writers().enter(WRITER_TURN_TIMEOUT)) {
        throw new DatabaseBusyException(
            "No turn to write came within " + WRITER_TURN_TIMEOUT.toSeconds() + " s: other transactions of this"
                + " Database held SQLite's write lock all that time. Keep write transactions short.",
            "BEGIN IMMEDIATE",
            null);
      }
      writerTurn = true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KilnException("Interrupted while waiting for a turn to write", e);
    }
  }

  private void leaveWriterTurn() {
    if (writerTurn) {
      writerTurn = false;
      engine.writers().leave();
    }
  }

  private void rollbackDatabase() {
    if (!active) {
      return;
    }
    active = false;
    engine.echo().statement("ROLLBACK", null);
    try {
      dialect.rollback(connection.connection(), connection::execute);
    } catch (SQLException e) {
      // The connection is unusable: the pool closes it, and the next statement gets a fresh one.
      connection.markBroken();
      release();
      throw dialect.translate(e, "ROLLBACK");
    } finally {
      leaveWriterTurn();
    }
  }

  private PooledConnection connection() {
    if (connection == null) {
      connection = engine.acquire();
    }
    return connection;
  }
}
