package dev.kiln.it.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiln.Database;
import dev.kiln.Isolation;
import dev.kiln.error.DeadlockException;
import dev.kiln.error.SerializationFailureException;
import dev.kiln.error.TransientDataAccessException;
import dev.kiln.error.UniqueViolationException;
import dev.kiln.query.Lock;
import dev.kiln.session.RetryPolicy;
import dev.kiln.session.Session;
import dev.kiln.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Failures another run may not meet are typed, and db.transaction runs the block again. */
class RetryTest {
  /**
   * Two blocks lock two rows in opposite orders, meeting at a barrier in between: PostgreSQL
   * aborts one with a deadlock, which is typed and retried, and both transfers commit. The retry
   * waits for the other block to commit: run at once, it could take the row the other was queued
   * for and deadlock again.
   */
  @Test
  void aProvokedDeadlockIsTypedAndRetriedToSuccess() throws Exception {
    try (Database database = Wallets.create(TestDatabase.POSTGRESQL, 2, 100)) {
      List<Integer> ids = idsOf(database);
      CyclicBarrier bothLockedOne = new CyclicBarrier(2);
      CountDownLatch oneCommitted = new CountDownLatch(1);
      AtomicInteger runs = new AtomicInteger();
      List<Throwable> failures = new ArrayList<>();
      CompletableFuture<Void> forwards =
          transferAsync(database, ids.get(0), ids.get(1), bothLockedOne, oneCommitted, runs, failures);
      CompletableFuture<Void> backwards =
          transferAsync(database, ids.get(1), ids.get(0), bothLockedOne, oneCommitted, runs, failures);
      forwards.get(30, TimeUnit.SECONDS);
      backwards.get(30, TimeUnit.SECONDS);

      assertThat(failures).hasSize(1).first().isInstanceOf(DeadlockException.class);
      assertThat(failures.get(0)).isInstanceOf(TransientDataAccessException.class);
      assertThat(((DeadlockException) failures.get(0)).sqlState()).isEqualTo("40P01");
      assertThat(runs.get()).isEqualTo(3);
      assertThat(Wallets.total(database)).isEqualTo(200);
    }
  }

  /** Without retries the deadlock reaches the caller, typed, and its transaction left nothing. */
  @Test
  void withRetriesOffTheDeadlockReachesTheCaller() throws Exception {
    try (Database database = Wallets.create(TestDatabase.POSTGRESQL, 2, 100)) {
      List<Integer> ids = idsOf(database);
      CyclicBarrier bothLockedOne = new CyclicBarrier(2);
      CompletableFuture<Void> a = lockBothAsync(database, ids.get(0), ids.get(1), bothLockedOne);
      CompletableFuture<Void> b = lockBothAsync(database, ids.get(1), ids.get(0), bothLockedOne);
      List<Throwable> outcomes = new ArrayList<>();
      for (CompletableFuture<Void> future : List.of(a, b)) {
        try {
          future.get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
          outcomes.add(e.getCause());
        }
      }
      assertThat(outcomes).hasSize(1).first().isInstanceOf(DeadlockException.class);
      assertThat(Wallets.total(database)).isEqualTo(200);
    }
  }

  /** Two SERIALIZABLE blocks that read and write the same row: one fails to serialize and is run again. */
  @Test
  void aSerializationFailureIsRetriedToSuccess() throws Exception {
    try (Database database = Wallets.create(TestDatabase.POSTGRESQL, 1, 0)) {
      int id = idsOf(database).get(0);
      CyclicBarrier bothRead = new CyclicBarrier(2);
      AtomicInteger runs = new AtomicInteger();
      List<CompletableFuture<Void>> blocks = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        blocks.add(CompletableFuture.runAsync(() -> database.transaction().isolation(Isolation.SERIALIZABLE)
            .run(session -> {
              Wallet wallet = session.get(WalletTable.TABLE, id).orElseThrow();
              if (runs.incrementAndGet() <= 2) {
                await(bothRead);
              }
              wallet.balance += 1;
            })));
      }
      for (CompletableFuture<Void> block : blocks) {
        block.get(30, TimeUnit.SECONDS);
      }
      assertThat(runs.get()).isEqualTo(3);
      assertThat(Wallets.total(database)).isEqualTo(2);
    }
  }

  /**
   * Issue 15's first reliability test: 100 objects added, the 57th breaks a unique constraint. The
   * commit fails with the typed violation, none of the 100 rows exist (the one row there is the one
   * that was), the objects lose the keys they were given, and after rollback() the 99 valid ones,
   * added again, commit with new keys.
   */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void theFiftySeventhOfAHundredBreakingAUniqueKeyLeavesNoRow(TestDatabase kind) {
    try (Database database = Wallets.create(kind, 1, 0)) {
      int taken = idsOf(database).get(0);
      List<Wallet> wallets = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        wallets.add(new Wallet("w" + i, i));
      }
      Wallet fiftySeventh = wallets.get(56);
      fiftySeventh.id = taken;
      try (Session session = database.openSession()) {
        session.addAll(wallets);
        assertThatThrownBy(session::commit).isInstanceOf(UniqueViolationException.class);
        assertThat(idsOf(database)).containsExactly(taken);
        assertThat(wallets).filteredOn(wallet -> wallet != fiftySeventh).extracting(w -> w.id).containsOnlyNulls();

        session.rollback();
        wallets.remove(fiftySeventh);
        session.addAll(wallets);
        session.commit();
      }
      assertThat(wallets).extracting(w -> w.id).doesNotContainNull().doesNotHaveDuplicates().doesNotContain(taken);
      assertThat(Wallets.count(database)).isEqualTo(100);
      assertThat(Wallets.total(database)).isEqualTo(4950 - 56);
    }
  }

  private static CompletableFuture<Void> transferAsync(
      Database database,
      int first,
      int second,
      CyclicBarrier barrier,
      CountDownLatch oneCommitted,
      AtomicInteger runs,
      List<Throwable> failures) {
    return CompletableFuture.runAsync(() -> database.transaction()
        .retry(RetryPolicy.attempts(3).backoff(java.time.Duration.ZERO, java.time.Duration.ofMillis(10)))
        .run(session -> {
          int run = runs.incrementAndGet();
          if (run > 2) {
            awaitCommit(oneCommitted);
          }
          try {
            Wallet from = session.get(WalletTable.TABLE, first, Lock.FOR_UPDATE).orElseThrow();
            if (run <= 2) {
              await(barrier);
            }
            Wallet to = session.get(WalletTable.TABLE, second, Lock.FOR_UPDATE).orElseThrow();
            from.balance -= 10;
            to.balance += 10;
          } catch (RuntimeException e) {
            synchronized (failures) {
              failures.add(e);
            }
            throw e;
          }
        }))
        .whenComplete((done, failure) -> oneCommitted.countDown());
  }

  private static CompletableFuture<Void> lockBothAsync(Database database, int first, int second, CyclicBarrier barrier) {
    return CompletableFuture.runAsync(() -> database.transaction().retry(RetryPolicy.none()).run(session -> {
      session.get(WalletTable.TABLE, first, Lock.FOR_UPDATE).orElseThrow().balance -= 1;
      await(barrier);
      session.get(WalletTable.TABLE, second, Lock.FOR_UPDATE).orElseThrow().balance += 1;
    }));
  }

  private static List<Integer> idsOf(Database database) {
    return database.transactionResult(session ->
        new WalletDao(session).query().orderBy(WalletTable.ID.asc()).all().stream().map(w -> w.id).toList());
  }

  private static void awaitCommit(CountDownLatch committed) {
    try {
      if (!committed.await(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the other transaction never committed");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("the other transaction never arrived", e);
    }
  }
}
