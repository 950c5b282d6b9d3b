package dev.kiln.it.transaction;

import static dev.kiln.query.Assignment.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiln.Database;
import dev.kiln.error.RollbackRequiredException;
import dev.kiln.error.StaleObjectException;
import dev.kiln.session.Ref;
import dev.kiln.session.Session;
import dev.kiln.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code @Version}: every update and delete checks the version it read, and bumps it. */
class OptimisticLockingTest {
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void twoSessionsUpdatingOneRowOneWinsAndTheOtherIsStaleAndWritesNothing(TestDatabase kind) {
    try (Database database = TestDatabase.createTables(kind.freshUrl(), LedgerTable.TABLE)) {
      int id = database.transactionResult(session -> {
        Ledger ledger = new Ledger("ann", 100);
        session.add(ledger);
        session.flush();
        return ledger.id;
      });
      try (Session first = database.openSession();
          Session second = database.openSession()) {
        Ledger mine = first.get(LedgerTable.TABLE, id).orElseThrow();
        Ledger theirs = second.get(LedgerTable.TABLE, id).orElseThrow();
        mine.balance += 10;
        theirs.balance += 1_000;
        theirs.owner = "mallory";

        first.commit();
        assertThat(mine.version).isEqualTo(1);
        StaleObjectException stale = catchStale(second::commit);
        assertThat(stale.modelType()).isEqualTo(Ledger.class);
        assertThat(stale.key()).isEqualTo(id);
        assertThat(stale).hasMessageContaining("Ledger " + id).hasMessageContaining("version 0");
        assertThat(theirs.version).as("the loser keeps the version it read").isZero();
        assertThatThrownBy(() -> second.get(LedgerTable.TABLE, id)).isInstanceOf(RollbackRequiredException.class);
        second.rollback();
      }
      Ledger stored = database.transactionResult(session -> session.get(LedgerTable.TABLE, id).orElseThrow());
      assertThat(stored.balance).isEqualTo(110);
      assertThat(stored.owner).isEqualTo("ann");
      assertThat(stored.version).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aRecordSavedAsAChangedCopyGetsTheNextVersionAndAStaleCopyIsRefused(TestDatabase kind) {
    try (Database database = TestDatabase.createTables(kind.freshUrl(), NoteTable.TABLE)) {
      Note stored = database.transactionResult(session -> {
        Ref<Note> ref = session.add(new Note(null, "draft", null));
        session.flush();
        return ref.get();
      });
      assertThat(stored.version()).isZero();

      Note edited = database.transactionResult(session -> {
        Ref<Note> ref = session.add(session.get(NoteTable.TABLE, stored.id()).orElseThrow().withText("final"));
        session.flush();
        return ref.get();
      });
      assertThat(edited.version()).isEqualTo(1);

      try (Session late = database.openSession()) {
        late.update(stored.withText("stale edit"));
        catchStale(late::commit);
      }
      Note kept = database.transactionResult(session -> session.get(NoteTable.TABLE, stored.id()).orElseThrow());
      assertThat(kept).isEqualTo(new Note(stored.id(), "final", 1));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void deletingAnObjectWhoseRowChangedSinceItWasReadIsRefused(TestDatabase kind) {
    try (Database database = TestDatabase.createTables(kind.freshUrl(), LedgerTable.TABLE)) {
      database.transaction(session -> session.add(new Ledger("ann", 1)));
      try (Session reader = database.openSession()) {
        Ledger read = new LedgerDao(reader).all().get(0);
        database.transaction(session -> new LedgerDao(session).all().get(0).balance = 2);

        reader.delete(read);
        catchStale(reader::commit);
      }
      long count = database.transactionResult(session -> new LedgerDao(session).query().count());
      assertThat(count).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aBulkUpdateBumpsTheVersionOfEveryRowItChanges(TestDatabase kind) {
    try (Database database = TestDatabase.createTables(kind.freshUrl(), LedgerTable.TABLE)) {
      database.transaction(session -> session.addAll(List.of(new Ledger("a", 1), new Ledger("b", 2))));
      try (Session reader = database.openSession()) {
        Ledger read = new LedgerDao(reader).all().get(0);
        database.transaction(session -> new LedgerDao(session).query().update(set(LedgerTable.BALANCE, 0L)));

        read.balance = 5;
        catchStale(reader::commit);
      }
      List<Ledger> after = database.transactionResult(session -> new LedgerDao(session).all());
      assertThat(after).extracting(ledger -> ledger.version).containsOnly(1L);
      assertThat(after).extracting(ledger -> ledger.balance).containsOnly(0L);
      assertThatThrownBy(() -> database.transaction(session ->
              new LedgerDao(session).query().update(set(LedgerTable.VERSION, 7L))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("@Version");
    }
  }

  /**
   * Issue 15's reliability test, optimistic half: 8 threads x 1,000 transfers between 50 ledgers,
   * read without locks and written with version checks, in transaction blocks that retry a stale
   * write. The sum is unchanged and every transfer commits. On PostgreSQL reads run outside the
   * transaction (READ COMMITTED), so conflicts are real and retried; on SQLite a writing block
   * holds the write lock from its first statement, so there are none.
   */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void transfersWithVersionsAndRetriesKeepTheSumAndAllCommit(TestDatabase kind) throws Exception {
    int threads = 8;
    int transfers = 1_000;
    int ledgers = 50;
    try (Database database = TestDatabase.createTables(kind.freshUrl(), LedgerTable.TABLE)) {
      List<Ledger> opening = new ArrayList<>();
      for (int i = 0; i < ledgers; i++) {
        opening.add(new Ledger("owner-" + i, 1_000));
      }
      database.transaction(session -> session.addAll(opening));
      List<Integer> ids = opening.stream().map(ledger -> ledger.id).toList();
      AtomicInteger runs = new AtomicInteger();
      long started = System.nanoTime();
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(pool.submit(() -> {
          for (int i = 0; i < transfers; i++) {
            int from = ids.get(ThreadLocalRandom.current().nextInt(ledgers));
            int to = ids.get((ids.indexOf(from) + 1 + ThreadLocalRandom.current().nextInt(ledgers - 1)) % ledgers);
            database.transaction().retry(dev.kiln.session.RetryPolicy.attempts(50)).run(session -> {
              runs.incrementAndGet();
              session.get(LedgerTable.TABLE, from).orElseThrow().balance -= 7;
              session.get(LedgerTable.TABLE, to).orElseThrow().balance += 7;
            });
          }
        }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
      pool.shutdown();
      double seconds = (System.nanoTime() - started) / 1e9;

      List<Ledger> closing = database.transactionResult(session -> new LedgerDao(session).all());
      assertThat(closing.stream().mapToLong(ledger -> ledger.balance).sum()).isEqualTo(ledgers * 1_000L);
      assertThat(closing.stream().mapToLong(ledger -> ledger.version).sum())
          .as("two versions per committed transfer")
          .isEqualTo(2L * threads * transfers);
      System.out.printf(
          "OptimisticLockingTest[%s, @Version]: %d transfers in %.1f s (%.0f/s), %d retries%n",
          kind, threads * transfers, seconds, threads * transfers / seconds, runs.get() - threads * transfers);
    }
  }

  private static StaleObjectException catchStale(Runnable commit) {
    try {
      commit.run();
    } catch (StaleObjectException expected) {
      return expected;
    }
    throw new AssertionError("expected a StaleObjectException");
  }
}
