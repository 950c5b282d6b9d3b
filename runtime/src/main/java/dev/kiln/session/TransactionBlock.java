package dev.kiln.session;

import dev.kiln.Isolation;
import dev.kiln.engine.Engine;
import dev.kiln.error.RollbackRequiredException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Runs work in a transaction of its own: opens a session, commits when the work returns, rolls
 * back if it throws, and always closes. A failure that another run may not meet (a deadlock, a
 * serialization failure, a busy database: see {@link RetryPolicy}) runs the whole block again in a
 * new session, so <b>the block must be safe to run more than once</b>: it should read what it needs
 * through the session it is given and keep no effects outside the database (or make them
 * idempotent). Immutable: each setting returns a new block.
 *
 * <pre>{@code
 * db.transaction(session -> {
 *   Account from = accounts(session).get(1, Lock.FOR_UPDATE).orElseThrow();
 *   ...
 * });
 * long total = db.transaction().readOnly().call(session -> ...);
 * db.transaction().isolation(Isolation.SERIALIZABLE).retry(RetryPolicy.attempts(20)).run(session -> ...);
 * }</pre>
 *
 * <p>A block that writes declares it by default: on SQLite its transaction begins with {@code BEGIN
 * IMMEDIATE} at its first statement, so that everything it reads and writes is one serializable
 * unit and concurrent writers queue on the busy timeout. On PostgreSQL, under the default READ
 * COMMITTED, the transaction begins at the first write or lock (reads before it run alone); a
 * higher isolation begins it at the first statement.
 */
public final class TransactionBlock {
  private final Engine engine;
  private final Isolation isolation;
  private final boolean readOnly;
  private final RetryPolicy retry;
  private final Duration timeout;

  /** Use {@code Database.transaction()}. */
  public TransactionBlock(Engine engine) {
    this(engine, null, false, RetryPolicy.defaults(), null);
  }

  private TransactionBlock(Engine engine, Isolation isolation, boolean readOnly, RetryPolicy retry, Duration timeout) {
    this.engine = engine;
    this.isolation = isolation;
    this.readOnly = readOnly;
    this.retry = retry;
    this.timeout = timeout;
  }

  /**
   * Runs at this isolation level. SQLite has one level, serializable, which every level maps to;
   * a PostgreSQL serialization failure under REPEATABLE READ or SERIALIZABLE is retried.
   */
  public TransactionBlock isolation(Isolation level) {
    return new TransactionBlock(engine, Objects.requireNonNull(level, "level"), readOnly, retry, timeout);
  }

  /**
   * Only reads: a write, a lock or a bulk statement fails with {@link IllegalStateException}, and
   * on PostgreSQL the transaction is {@code READ ONLY}. Under READ COMMITTED its reads run alone,
   * with no transaction to end.
   */
  public TransactionBlock readOnly() {
    return new TransactionBlock(engine, isolation, true, retry, timeout);
  }

  /** Retries as the policy says; {@link RetryPolicy#none()} turns retrying off. */
  public TransactionBlock retry(RetryPolicy policy) {
    return new TransactionBlock(engine, isolation, readOnly, Objects.requireNonNull(policy, "policy"), timeout);
  }

  /**
   * Limits each run of the block to this long, from its start to its last statement: a statement
   * still running when the time is up is cancelled, and a statement that would start after it is
   * not run; either way the block fails with {@link dev.kiln.error.QueryTimeoutException} (not
   * retried) and is rolled back. A retry gets the whole time again. Time spent in the block's own
   * code counts too, but is not interrupted.
   */
  public TransactionBlock timeout(Duration limit) {
    if (limit.isNegative() || limit.isZero()) {
      throw new IllegalArgumentException("A transaction timeout must be positive, not " + limit);
    }
    return new TransactionBlock(engine, isolation, readOnly, retry, limit);
  }

  /** Runs the work and commits. */
  public void run(SessionWork work) {
    Objects.requireNonNull(work, "work");
    call(
        session -> {
          work.run(session);
          return null;
        });
  }

  /** Runs the work, commits, and returns what the work returned. */
  public <R> R call(SessionFunction<R> work) {
    Objects.requireNonNull(work, "work");
    TransactionOptions options = new TransactionOptions(isolation, readOnly, !readOnly, timeout);
    for (int attempt = 1; ; attempt++) {
      try (Session session = new Session(engine, options)) {
        R result = work.apply(session);
        session.commit();
        return result;
      } catch (RuntimeException failure) {
        if (!retry.retries(cause(failure), attempt)) {
          throw failure;
        }
        pause(retry.backoffNanos(attempt), failure);
      }
    }
  }

  /** The failure that ended the transaction, also when the work caught it and went on. */
  private static RuntimeException cause(RuntimeException failure) {
    return failure instanceof RollbackRequiredException && failure.getCause() instanceof RuntimeException cause
        ? cause
        : failure;
  }

  private static void pause(long nanos, RuntimeException failure) {
    try {
      TimeUnit.NANOSECONDS.sleep(nanos);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      failure.addSuppressed(interrupted);
      throw failure;
    }
  }
}
