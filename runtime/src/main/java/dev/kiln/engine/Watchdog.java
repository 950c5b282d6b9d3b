package dev.kiln.engine;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * One daemon thread, shared by every Database of the JVM, that runs Kiln's deadlines: the leak
 * warning for a connection held too long, and the cancel of a statement that outlived its
 * timeout. A deadline that is met is cancelled, and cancelled tasks leave the queue at once, so
 * the thread only wakes for deadlines that pass. Started on first use.
 */
final class Watchdog {
  private Watchdog() {}

  private static final class Holder {
    static final ScheduledThreadPoolExecutor EXECUTOR = start();

    private static ScheduledThreadPoolExecutor start() {
      ScheduledThreadPoolExecutor executor =
          new ScheduledThreadPoolExecutor(
              1,
              task -> {
                Thread thread = new Thread(task, "kiln-watchdog");
                thread.setDaemon(true);
                return thread;
              });
      executor.setRemoveOnCancelPolicy(true);
      return executor;
    }
  }

  /** Runs the task after the delay unless the returned future is cancelled first. */
  static ScheduledFuture<?> after(Duration delay, Runnable task) {
    return Holder.EXECUTOR.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
  }
}
