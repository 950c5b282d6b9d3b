package dev.kiln.it.relation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntConsumer;

/** Runs work on several threads at once and fails if any thread failed. */
final class Concurrently {
  private Concurrently() {}

  /** Runs {@code work} on {@code threads} threads, each given its number, and waits for them all. */
  static void run(int threads, IntConsumer work) throws InterruptedException {
    List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      workers.add(new Thread(() -> {
        try {
          work.accept(thread);
        } catch (Throwable failure) {
          failures.add(failure);
        }
      }));
    }
    workers.forEach(Thread::start);
    for (Thread worker : workers) {
      worker.join();
    }
    assertThat(failures).isEmpty();
  }
}
