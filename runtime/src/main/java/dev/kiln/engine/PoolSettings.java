package dev.kiln.engine;

import java.time.Duration;

/**
 * How a Database's pool treats its connections.
 *
 * @param maxConnections how many may be open at once; a thread asking for one more waits, in
 *     order of arrival
 * @param acquireTimeout how long it waits before {@link dev.kiln.error.PoolExhaustedException}
 * @param idleTimeout how long an unused connection is kept before it is closed
 * @param leakThreshold how long a connection may stay checked out before a warning with the stack
 *     that took it is logged; zero for never
 * @param keepsIdle whether released connections are kept for reuse; false when a DataSource given
 *     by the application pools them
 */
public record PoolSettings(
    int maxConnections, Duration acquireTimeout, Duration idleTimeout, Duration leakThreshold, boolean keepsIdle) {
  public static final int DEFAULT_MAX_CONNECTIONS = 10;
  public static final Duration DEFAULT_ACQUIRE_TIMEOUT = Duration.ofSeconds(30);
  public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(10);

  public PoolSettings {
    if (maxConnections < 1) {
      throw new IllegalArgumentException("maxConnections must be at least 1, not " + maxConnections);
    }
    requireNotNegative("acquireTimeout", acquireTimeout);
    requireNotNegative("idleTimeout", idleTimeout);
    requireNotNegative("leakDetectionThreshold", leakThreshold);
  }

  private static void requireNotNegative(String name, Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative, not " + duration);
    }
  }
}
