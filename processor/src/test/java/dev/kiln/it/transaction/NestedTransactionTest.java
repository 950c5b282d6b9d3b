package dev.kiln.it.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiln.Database;
import dev.kiln.error.UniqueViolationException;
import dev.kiln.session.Ref;
import dev.kiln.session.Session;
import dev.kiln.testing.TestDatabase;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code session.nested(...)}: a savepoint; a failure inside goes back to it, the outer work goes on. */
class NestedTransactionTest {
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aFailedNestedBlockIsUndoneInTheDatabaseAndTheSessionAndTheOuterWorkCommits(TestDatabase kind) {
    try (Database database = Wallets.create(kind, 2, 100)) {
      try (Session session = database.openSession()) {
        WalletDao wallets = new WalletDao(session);
        List<Wallet> before = wallets.query().orderBy(WalletTable.ID.asc()).all();
        Wallet kept = before.get(0);
        Wallet doomed = before.get(1);
        kept.balance = 150;
        Wallet outer = new Wallet("outer", 1);
        session.add(outer);

        IllegalStateException failure = new IllegalStateException("changed my mind");
        Wallet inner = new Wallet("inner", 2);
        AtomicReference<Ref<Wallet>> innerRef = new AtomicReference<>();
        assertThatThrownBy(() -> session.nested(nested -> {
              innerRef.set(nested.add(inner));
              kept.balance = 999;
              nested.delete(doomed);
              nested.flush();
              throw failure;
            }))
            .isSameAs(failure);

        assertThat(kept.balance).as("the savepoint's value, read again").isEqualTo(150);
        assertThat(inner.id).as("the key the inner insert was given is taken back").isNull();
        assertThat(innerRef.get().isStored()).isFalse();
        assertThat(session.get(WalletTable.TABLE, doomed.id).orElseThrow()).isSameAs(doomed);
        assertThat(session.get(WalletTable.TABLE, kept.id).orElseThrow()).isSameAs(kept);
        session.commit();
      }
      List<Wallet> after = database.transactionResult(session ->
          new WalletDao(session).query().orderBy(WalletTable.ID.asc()).all());
      assertThat(after).extracting(wallet -> wallet.owner).containsExactly("owner-0", "owner-1", "outer");
      assertThat(after).extracting(wallet -> wallet.balance).containsExactly(150L, 100L, 1L);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aConstraintViolationInsideANestedBlockLeavesTheOuterTransactionUsable(TestDatabase kind) {
    try (Database database = Wallets.create(kind, 1, 100)) {
      int taken = database.transactionResult(session -> new WalletDao(session).query().first().orElseThrow().id);
      database.transaction(session -> {
        session.add(new Wallet("before", 1));
        assertThatThrownBy(() -> session.nested(nested -> {
              Wallet clash = new Wallet("clash", 1);
              clash.id = taken;
              nested.add(clash);
            }))
            .isInstanceOf(UniqueViolationException.class);
        session.add(new Wallet("after", 2));
      });
      assertThat(Wallets.count(database)).isEqualTo(3);
      assertThat(Wallets.total(database)).isEqualTo(103);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void nestedBlocksThatSucceedAreCommittedWithTheOuterTransactionOrRolledBackWithIt(TestDatabase kind) {
    try (Database database = Wallets.create(kind, 0, 0)) {
      try (Session session = database.openSession()) {
        session.nested(outer -> {
          outer.add(new Wallet("a", 1));
          outer.nested(inner -> inner.add(new Wallet("b", 2)));
        });
        session.rollback();
      }
      assertThat(Wallets.count(database)).isZero();

      long total = database.transactionResult(session -> {
        int value = session.nestedResult(nested -> {
          nested.add(new Wallet("c", 3));
          return 3;
        });
        return (long) value;
      });
      assertThat(total).isEqualTo(Wallets.total(database));
    }
  }
}
