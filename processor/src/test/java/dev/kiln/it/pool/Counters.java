package dev.kiln.it.pool;

import dev.kiln.Database;
import dev.kiln.query.Lock;
import dev.kiln.session.Session;

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

  static long hits(Database database, int id) {
    return database.transactionResult(session -> session.get(CounterTable.TABLE, id).orElseThrow().hits);
  }
}
