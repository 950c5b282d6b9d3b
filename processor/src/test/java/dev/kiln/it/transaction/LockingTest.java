package dev.kiln.it.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiln.Database;
import dev.kiln.error.LockNotAvailableException;
import dev.kiln.query.Lock;
import dev.kiln.session.RetryPolicy;
import dev.kiln.session.Session;
import dev.kiln.testing.TestDatabase;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code forUpdate()} and the locking {@code get}: rows stay as read until the locker commits. */
class LockingTest {
  /**
   * A second transaction that locks the row waits for the first to commit, then reads its value:
   * on PostgreSQL through the row lock, on SQLite through BEGIN IMMEDIATE's write lock.
   */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aLockedRowMakesTheNextLockerWaitAndReadTheCommittedValue(TestDatabase kind) throws Exception {
    try (Database database = Wallets.create(kind, 1, 100)) {
      int id = firstId(database);
      CountDownLatch locked = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      CompletableFuture<Void> first =
          CompletableFuture.runAsync(
              () -> database.transaction().retry(RetryPolicy.none()).run(session -> {
                    Wallet wallet = new WalletDao(session).query().where(WalletTable.ID.eq(id)).forUpdate().one();
                    wallet.balance += 1;
                    session.flush();
                    locked.countDown();
                    await(release);
                  }));
      assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
      CompletableFuture<Long> second =
          CompletableFuture.supplyAsync(
              () -> database.transactionResult(session -> {
                    Wallet wallet = session.get(WalletTable.TABLE, id, Lock.FOR_UPDATE).orElseThrow();
                    wallet.balance += 10;
                    return wallet.balance;
                  }));

      Thread.sleep(300);
      assertThat(second).as("the second locker waits while the first holds the row").isNotDone();
      release.countDown();
      first.get(10, TimeUnit.SECONDS);
      assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo(111);
      assertThat(Wallets.total(database)).isEqualTo(111);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aLockingGetRefreshesAnObjectTheSessionHeld(TestDatabase kind) {
    try (Database database = Wallets.create(kind, 1, 100)) {
      int id = firstId(database);
      try (Session session = database.openSession()) {
        Wallet held = session.get(WalletTable.TABLE, id).orElseThrow();
        database.transaction(other -> other.get(WalletTable.TABLE, id).orElseThrow().balance = 40);

        Wallet locked = session.get(WalletTable.TABLE, id, Lock.FOR_UPDATE).orElseThrow();
        assertThat(locked).isSameAs(held);
        assertThat(held.balance).isEqualTo(40);
        session.commit();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void noWaitFailsAtOnceOnALockedRowOnPostgresql(TestDatabase kind) throws Exception {
    try (Database database = Wallets.create(kind, 1, 100)) {
      if (kind == TestDatabase.SQLITE) {
        assertThatThrownBy(() -> database.transaction(session -> new WalletDao(session).query().noWait()))
            .isInstanceOf(UnsupportedOperationException.class)
            .hasMessageContaining("no row locks");
        return;
      }
      int id = firstId(database);
      try (Session holder = database.openSession()) {
        new WalletDao(holder).query().where(WalletTable.ID.eq(id)).forUpdate().one();

        assertThatThrownBy(() -> database.transaction().retry(RetryPolicy.none()).run(session ->
                new WalletDao(session).query().where(WalletTable.ID.eq(id)).noWait().all()))
            .isInstanceOf(LockNotAvailableException.class);
        holder.rollback();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void skipLockedLeavesOutRowsAnotherTransactionHolds(TestDatabase kind) {
    try (Database database = Wallets.create(kind, 4, 1)) {
      if (kind == TestDatabase.SQLITE) {
        assertThatThrownBy(() -> database.transaction(session -> new WalletDao(session).query().skipLocked()))
            .isInstanceOf(UnsupportedOperationException.class)
            .hasMessageContaining("no row locks");
        return;
      }
      try (Session worker = database.openSession()) {
        List<Wallet> taken =
            new WalletDao(worker).query().orderBy(WalletTable.ID.asc()).limit(2).skipLocked().all();

        List<Wallet> rest = database.transactionResult(session ->
            new WalletDao(session).query().orderBy(WalletTable.ID.asc()).skipLocked().all());
        assertThat(rest).hasSize(2);
        assertThat(rest).extracting(wallet -> wallet.id)
            .doesNotContainAnyElementsOf(taken.stream().map(wallet -> wallet.id).toList());
        worker.commit();
      }
    }
  }

  private static int firstId(Database database) {
    return database.transactionResult(session -> new WalletDao(session).query().first().orElseThrow().id);
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(10, TimeUnit.SECONDS)) {
        throw new AssertionError("timed out");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
