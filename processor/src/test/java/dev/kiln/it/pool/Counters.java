package dev.kiln.it.pool;

import dev.kiln.Database;
import dev.kiln.query.Lock;
import dev.kiln.session.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Fixtures: a database with one counter, and the work the pool tests' threads repeat. */
final class Counters {
  static final String NAME = "hits";

  private Counters() {}

  /** Creates the table in the connected database and its one counter; returns the counter's id. */
  static int createOne(Database database) {
    database.createAll();
    return database.transactionResult(session -> {
      Counter counter = new Counter(NAME);
      session.add(counter);
      session.flush();
      return counter.id;
    });
  }

  /** Adds one to the counter under a row lock. */
  static void increment(Session session, int id) {
    session.get(CounterTable.TABLE, id, Lock.FOR_UPDATE).orElseThrow().hits++;
  }

  /** Each of the threads increments the counter this many times, each time in a block of its own. */
  static void incrementConcurrently(Database database, int id, int threads, int increments) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(pool.submit(() -> {
          for (int i = 0; i < increments; i++) {
            database.transaction(session -> increment(session, id));
          }
        }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
    } finally {
      pool.shutdown();
    }
  }

  static long hits(Database database, int id) {
    return database.transactionResult(session -> session.get(CounterTable.TABLE, id).orElseThrow().hits);
  }
}
