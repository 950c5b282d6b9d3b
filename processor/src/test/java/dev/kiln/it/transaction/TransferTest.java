package dev.kiln.it.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.Database;
import dev.kiln.query.Lock;
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

/**
 * Issue 15's reliability test: 8 threads, each making 1,000 transfers between 50 wallets, each in
 * a transaction block that locks both rows. No money is created or lost, and every transfer
 * commits (deadlocks and busy databases are retried by the block).
 */
class TransferTest {
  private static final int THREADS = 8;
  private static final int TRANSFERS_PER_THREAD = 1_000;
  private static final int WALLETS = 50;
  private static final long OPENING_BALANCE = 1_000;

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void transfersUnderRowLocksKeepTheSumAndAllCommit(TestDatabase kind) throws Exception {
    try (Database database = Wallets.create(kind, WALLETS, OPENING_BALANCE)) {
      List<Integer> ids =
          database.transactionResult(session -> new WalletDao(session).all().stream().map(w -> w.id).toList());
      AtomicInteger runs = new AtomicInteger();
      AtomicInteger committed = new AtomicInteger();
      long started = System.nanoTime();

      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        workers.add(pool.submit(() -> {
          for (int i = 0; i < TRANSFERS_PER_THREAD; i++) {
            int a = ids.get(ThreadLocalRandom.current().nextInt(WALLETS));
            int b = ids.get(ThreadLocalRandom.current().nextInt(WALLETS - 1));
            int to = b == a ? ids.get(WALLETS - 1) : b;
            database.transaction(session -> {
              runs.incrementAndGet();
              // Locked in key order, as careful code does, so that transfers never deadlock.
              Wallet first = session.get(WalletTable.TABLE, Math.min(a, to), Lock.FOR_UPDATE).orElseThrow();
              Wallet second = session.get(WalletTable.TABLE, Math.max(a, to), Lock.FOR_UPDATE).orElseThrow();
              Wallet from = first.id == a ? first : second;
              Wallet into = from == first ? second : first;
              from.balance -= 7;
              into.balance += 7;
            });
            committed.incrementAndGet();
          }
        }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
      pool.shutdown();
      double seconds = (System.nanoTime() - started) / 1e9;

      assertThat(committed.get()).isEqualTo(THREADS * TRANSFERS_PER_THREAD);
      assertThat(Wallets.total(database)).isEqualTo(WALLETS * OPENING_BALANCE);
      System.out.printf(
          "TransferTest[%s, forUpdate]: %d transfers in %.1f s (%.0f/s), %d retries%n",
          kind, committed.get(), seconds, committed.get() / seconds, runs.get() - committed.get());
    }
  }
}
