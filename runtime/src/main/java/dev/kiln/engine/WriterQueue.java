package dev.kiln.engine;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Lets one writing transaction of a Database at a time take SQLite's write lock, first come first
 * served. SQLite's own wait for its lock polls with growing sleeps and no order, so with several
 * writers in one process some wait out the whole busy timeout while others go again and again;
 * queuing them here first keeps every writer's wait as short as the work ahead of it. Writers in
 * other processes still meet SQLite's busy timeout. A turn is a permit, not a lock, because a
 * session may be used by one thread after another.
 */
public final class WriterQueue {
  private final Semaphore turn = new Semaphore(1, true);

  /** Waits for this transaction's turn; false if none came within the timeout. */
  public boolean enter(Duration timeout) throws InterruptedException {
    return turn.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS);
  }

  /** Ends the turn taken by {@link #enter}. */
  public void leave() {
    turn.release();
  }
}
