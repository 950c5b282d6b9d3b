package dev.kiln.session;

import dev.kiln.error.TransientDataAccessException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How a transaction block is run again after a failure that another run may not meet: a deadlock,
 * a serialization failure, a lock not available, a busy SQLite database, a lost connection (the
 * {@link TransientDataAccessException}s). Each retry waits a random time up to an exponentially
 * growing cap ("full jitter"), so that transactions that collided do not collide again in step.
 * Immutable.
 *
 * <pre>{@code
 * db.transaction().retry(RetryPolicy.attempts(20).backoff(Duration.ofMillis(1), Duration.ofMillis(50)))
 *     .run(session -> ...);
 * }</pre>
 */
public final class RetryPolicy {
  private static final RetryPolicy DEFAULT =
      new RetryPolicy(10, Duration.ofMillis(2), Duration.ofMillis(200));
  private static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO);

  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;

  private RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {
    this.maxAttempts = maxAttempts;
    this.initialBackoff = initialBackoff;
    this.maxBackoff = maxBackoff;
  }

  /** Ten attempts in all, waiting up to 2 ms before the first retry, doubling to at most 200 ms. */
  public static RetryPolicy defaults() {
    return DEFAULT;
  }

  /** One attempt: a failure is thrown at once. */
  public static RetryPolicy none() {
    return NONE;
  }

  /** At most this many attempts in all (the first run included), with the default backoff. */
  public static RetryPolicy attempts(int maxAttempts) {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("attempts(" + maxAttempts + "): a block runs at least once");
    }
    return new RetryPolicy(maxAttempts, DEFAULT.initialBackoff, DEFAULT.maxBackoff);
  }

  /** The same attempts, waiting up to {@code initial} before the first retry, doubling to {@code max}. */
  public RetryPolicy backoff(Duration initial, Duration max) {
    if (initial.isNegative() || max.compareTo(initial) < 0) {
      throw new IllegalArgumentException(
          "backoff(" + initial + ", " + max + "): need 0 <= initial <= max");
    }
    return new RetryPolicy(maxAttempts, initial, max);
  }

  public int maxAttempts() {
    return maxAttempts;
  }

  /** Whether the failure of run number {@code attempt} (from 1) should be followed by another run. */
  boolean retries(RuntimeException failure, int attempt) {
    return attempt < maxAttempts && failure instanceof TransientDataAccessException;
  }

  /** The wait before run number {@code attempt + 1}: random, up to initial * 2^(attempt - 1), capped. */
  long backoffNanos(int attempt) {
    long cap = initialBackoff.toNanos() << Math.min(attempt - 1, 30);
    long bound = Math.min(cap < 0 ? Long.MAX_VALUE : cap, maxBackoff.toNanos());
    return bound <= 0 ? 0 : ThreadLocalRandom.current().nextLong(bound + 1);
  }

  @Override
  public String toString() {
    return "RetryPolicy[attempts=" + maxAttempts + ", backoff " + initialBackoff + " to " + maxBackoff + "]";
  }
}
