package dev.kiln.it.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiln.Database;
import dev.kiln.session.ScopedSession;
import dev.kiln.session.Session;
import dev.kiln.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A session per thread, removed after each request even when the handler throws. */
class ScopedSessionTest {
  private static final int THREADS = 8;
  private static final int REQUESTS = 50;

  /**
   * 8 worker threads each handle 50 requests; every fifth throws after writing. Within a request
   * every get() is the same session, no two threads share one, each request gets a fresh one, and
   * exactly the requests that returned are in the database.
   */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void eachRequestHasItsThreadsOwnSessionClosedEvenWhenTheHandlerThrows(TestDatabase kind) throws Exception {
    try (Database database = Wallets.create(kind, 0, 0)) {
      ScopedSession sessions = database.scopedSession();
      Set<Session> seen = ConcurrentHashMap.newKeySet();
      AtomicInteger failed = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        workers.add(pool.submit(() -> {
          for (int request = 0; request < REQUESTS; request++) {
            int number = request;
            try {
              sessions.run(() -> handle(sessions, seen, thread, number));
            } catch (IllegalStateException expected) {
              failed.incrementAndGet();
            }
          }
        }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
      pool.shutdown();

      assertThat(seen).as("a fresh session for every request").hasSize(THREADS * REQUESTS);
      assertThat(failed.get()).isEqualTo(THREADS * REQUESTS / 5);
      int committed = THREADS * REQUESTS - failed.get();
      assertThat(Wallets.count(database)).isEqualTo(committed);
      assertThat(Wallets.total(database)).isEqualTo(committed);
      for (Session session : seen) {
        assertThatThrownBy(() -> session.add(new Wallet("late", 1))).hasMessageContaining("closed");
      }
    }
  }

  private static void handle(ScopedSession sessions, Set<Session> seen, int thread, int request) {
    Session session = sessions.get();
    assertThat(seen.add(session)).isTrue();
    session.add(new Wallet("t" + thread + "-r" + request, 1));
    assertThat(sessions.get()).isSameAs(session);
    if (request % 5 == 4) {
      session.flush();
      throw new IllegalStateException("handler failed");
    }
    session.commit();
  }
}
