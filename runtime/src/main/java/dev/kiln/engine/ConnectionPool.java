package dev.kiln.engine;

import dev.kiln.PoolStats;
import dev.kiln.error.ConnectionLostException;
import dev.kiln.error.DataAccessException;
import dev.kiln.error.KilnException;
import dev.kiln.error.PoolExhaustedException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A Database's connections: at most {@link PoolSettings#maxConnections} open at once, handed out
 * in order of arrival, each kept with its prepared statements for reuse.
 *
 * <ul>
 *   <li>A connection that sat idle longer than {@link #VALIDATE_AFTER_IDLE} is validated ({@link
 *       Connection#isValid}) before it is handed out, so a server restart or a firewall that cut
 *       idle connections costs a quick check instead of a failed transaction. One reused sooner
 *       is trusted: a check per session would double the cost of a read.
 *   <li>A connection that reported itself lost is closed when it comes back, and every idle one
 *       is checked before its next use: the cause (a restart, a network cut) probably took them
 *       too.
 *   <li>Idle connections older than {@link PoolSettings#idleTimeout} are closed.
 *   <li>With a leak threshold, a connection held longer logs a warning with the stack that took
 *       it; the connection is not taken away.
 * </ul>
 */
public final class ConnectionPool implements AutoCloseable {
  /** Idle connections younger than this are trusted without a check (as HikariCP's default). */
  static final long VALIDATE_AFTER_IDLE = TimeUnit.MILLISECONDS.toNanos(500);

  private static final Logger LOGGER = System.getLogger("dev.kiln.pool");
  private static final int VALIDATION_TIMEOUT_SECONDS = 5;

  /** Opens a new physical connection. */
  @FunctionalInterface
  public interface Opener {
    Connection open() throws SQLException;
  }

  private final String name;
  private final Opener opener;
  private final PoolSettings settings;
  private final Semaphore permits;
  /** Most recently released first, so that surplus connections age out at the other end. */
  private final Deque<PooledConnection> idle = new ArrayDeque<>();
  /** Holds an in-memory database open for as long as this pool lives; outside the bound. */
  private final Connection keeper;
  /** Idle connections released before this instant (System.nanoTime) are validated before use. */
  private long suspectBefore;
  private int inUse;
  private int peakInUse;
  private long opened;
  private long discarded;
  private boolean closed;

  /**
   * @param name what messages call this pool's database (a URL without its password)
   * @param keepsDatabaseAlive whether one connection must stay open for the database to exist
   */
  public ConnectionPool(String name, Opener opener, PoolSettings settings, boolean keepsDatabaseAlive) {
    this.name = name;
    this.opener = opener;
    this.settings = settings;
    this.permits = new Semaphore(settings.maxConnections(), true);
    this.keeper = keepsDatabaseAlive ? open() : null;
  }

  /**
   * A connection, waiting up to the acquisition timeout for one to come free.
   *
   * @throws PoolExhaustedException if none did
   */
  public PooledConnection acquire() {
    checkOpen();
    waitForPermit();
    try {
      PooledConnection connection = reuseOrOpen();
      synchronized (this) {
        peakInUse = Math.max(peakInUse, ++inUse);
      }
      if (!settings.leakThreshold().isZero()) {
        connection.watchForLeak(settings.leakThreshold(), this::reportLeak);
      }
      return connection;
    } catch (RuntimeException e) {
      permits.release();
      throw e;
    }
  }

  /** Takes back a connection whose transaction has ended; a broken one is closed. */
  public void release(PooledConnection connection) {
    connection.stopWatchingForLeak();
    boolean keep;
    synchronized (this) {
      inUse--;
      if (connection.isBroken()) {
        suspectBefore = System.nanoTime();
      }
      keep = !closed && settings.keepsIdle() && !connection.isBroken();
      if (keep) {
        connection.markReleased();
        idle.addFirst(connection);
      } else {
        discarded++;
      }
      evictExpired();
    }
    if (!keep) {
      connection.close();
    }
    permits.release();
  }

  public synchronized PoolStats stats() {
    return new PoolStats(
        settings.maxConnections(), inUse, idle.size(), permits.getQueueLength(), peakInUse, opened, discarded);
  }

  @Override
  public void close() {
    synchronized (this) {
      closed = true;
      discarded += idle.size();
      idle.forEach(PooledConnection::close);
      idle.clear();
    }
    if (keeper != null) {
      try {
        keeper.close();
      } catch (SQLException ignored) {
        // Closing the last connection drops the in-memory database; nothing else to do.
      }
    }
  }

  private void waitForPermit() {
    try {
      if (!permits.tryAcquire(settings.acquireTimeout().toNanos(), TimeUnit.NANOSECONDS)) {
        PoolStats stats = stats();
        throw new PoolExhaustedException(
            "No connection to " + name + " came free within " + settings.acquireTimeout().toMillis() + " ms: all "
                + stats.maxConnections() + " of the pool's connections are in use (" + stats.waiting()
                + " more threads waiting). Close every session and connection (try-with-resources), keep"
                + " transactions short, or raise Database.configure(url).maxConnections(...).");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KilnException("Interrupted while waiting for a connection to " + name, e);
    }
  }

  /** An idle connection fit for use, or a new one. Holds a permit. */
  private PooledConnection reuseOrOpen() {
    while (true) {
      PooledConnection candidate;
      boolean expired;
      boolean suspect;
      synchronized (this) {
        checkOpen();
        candidate = idle.pollFirst();
        if (candidate == null) {
          break;
        }
        long released = candidate.releasedAt();
        long idleFor = System.nanoTime() - released;
        expired = idleFor > settings.idleTimeout().toNanos();
        suspect = released - suspectBefore < 0 || idleFor > VALIDATE_AFTER_IDLE;
      }
      if (!expired && (!suspect || candidate.isValid(VALIDATION_TIMEOUT_SECONDS))) {
        return candidate;
      }
      synchronized (this) {
        discarded++;
      }
      candidate.close();
    }
    PooledConnection fresh = new PooledConnection(open());
    synchronized (this) {
      opened++;
    }
    return fresh;
  }

  /** Closes idle connections unused for longer than the idle timeout, oldest first. */
  private void evictExpired() {
    long now = System.nanoTime();
    for (Iterator<PooledConnection> oldest = idle.descendingIterator(); oldest.hasNext(); ) {
      PooledConnection connection = oldest.next();
      if (now - connection.releasedAt() <= settings.idleTimeout().toNanos()) {
        return;
      }
      oldest.remove();
      discarded++;
      connection.close();
    }
  }

  private Connection open() {
    try {
      return opener.open();
    } catch (SQLException e) {
      String state = e.getSQLState();
      if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
        // The server is down, restarting or unreachable: worth another try later.
        throw new ConnectionLostException("Cannot connect to " + name + ": " + e.getMessage(), null, e);
      }
      throw new DataAccessException("Cannot connect to " + name, null, e);
    }
  }

  private synchronized void checkOpen() {
    if (closed) {
      throw new IllegalStateException("This Database is closed.");
    }
  }

  private void reportLeak(Throwable takenAt) {
    LOGGER.log(
        Level.WARNING,
        "A connection to " + name + " has been checked out for longer than "
            + settings.leakThreshold().toMillis() + " ms, the leak detection threshold. A session, transaction"
            + " or connection that is never closed keeps it from the pool for good. It was taken here:",
        takenAt);
  }
}
