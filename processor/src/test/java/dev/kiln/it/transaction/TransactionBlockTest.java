package dev.kiln.it.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiln.Database;
import dev.kiln.Isolation;
import dev.kiln.error.UniqueViolationException;
import dev.kiln.session.Session;
import dev.kiln.testing.SqlLog;
import dev.kiln.testing.TestDatabase;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code db.transaction(...)}: commit on return, rollback on failure, always closed. */
class TransactionBlockTest {
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aBlockCommitsWhatItWroteWhenItReturns(TestDatabase kind) {
    try (Database database = Wallets.create(kind, 0, 0)) {
      Integer id = database.transactionResult(session -> {
        Wallet wallet = new Wallet("ann", 10);
        session.add(wallet);
        session.flush();
        return wallet.id;
      });

      assertThat(id).isNotNull();
      assertThat(Wallets.total(database)).isEqualTo(10);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aBlockThatThrowsLeavesNothingWrittenAndItsSessionClosed(TestDatabase kind) {
    try (Database database = Wallets.create(kind, 1, 100)) {
      AtomicReference<Session> used = new AtomicReference<>();
      IllegalStateException thrown = new IllegalStateException("the user's own failure");

      assertThatThrownBy(() -> database.transaction(session -> {
            used.set(session);
            session.add(new Wallet("bob", 5));
            new WalletDao(session).query().update(dev.kiln.query.Assignment.set(WalletTable.BALANCE, 0L));
            throw thrown;
          }))
          .isSameAs(thrown);

      assertThat(Wallets.total(database)).isEqualTo(100);
      assertThat(Wallets.count(database)).isEqualTo(1);
      assertThatThrownBy(() -> used.get().add(new Wallet("late", 1)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("closed");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aFailureThatIsNotRetryableRunsTheBlockOnceAndWritesNothing(TestDatabase kind) {
    try (Database database = Wallets.create(kind, 1, 100)) {
      int taken = database.transactionResult(session -> new WalletDao(session).query().first().orElseThrow().id);
      int[] runs = {0};
      assertThatThrownBy(() -> database.transaction(session -> {
            runs[0]++;
            session.add(new Wallet("fresh", 1));
            Wallet clash = new Wallet("clash", 1);
            clash.id = taken;
            session.add(clash);
          }))
          .isInstanceOf(UniqueViolationException.class);

      assertThat(runs[0]).isEqualTo(1);
      assertThat(Wallets.count(database)).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aReadOnlyBlockReadsAndRefusesWrites(TestDatabase kind) {
    // Its rows are not tracked, so changing one writes nothing; staging a write is refused.
    try (Database database = Wallets.create(kind, 3, 7)) {
      long total =
          database.transaction().readOnly().call(session -> new WalletDao(session).query().count() * 7);
      assertThat(total).isEqualTo(21);

      assertThatThrownBy(() -> database.transaction().readOnly().run(session -> session.add(new Wallet("new", 1))))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("read-only");
      database.transaction().readOnly().run(session -> new WalletDao(session).all().get(0).balance = 1000);
      assertThat(Wallets.total(database)).isEqualTo(21);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aReadOnlySessionTracksNothingAndRefusesBulkStatements(TestDatabase kind) {
    try (Database database = Wallets.create(kind, 2, 5)) {
      try (Session session = database.openReadOnlySession()) {
        WalletDao wallets = new WalletDao(session);
        Wallet first = wallets.query().orderBy(WalletTable.ID.asc()).first().orElseThrow();
        assertThat(session.get(WalletTable.TABLE, first.id).orElseThrow())
            .as("untracked: every load is a new object")
            .isNotSameAs(first)
            .usingRecursiveComparison()
            .isEqualTo(first);
        first.balance = 500;
        session.commit();
        assertThatThrownBy(() -> wallets.query().update(dev.kiln.query.Assignment.set(WalletTable.BALANCE, 0L)))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("read-only");
      }
      assertThat(Wallets.total(database)).isEqualTo(10);
    }
  }

  /**
   * Under the database's default level a block's reads before its first write run alone: no BEGIN
   * and no COMMIT for a block that only reads. A write begins the transaction; on SQLite with
   * BEGIN IMMEDIATE at the block's first statement, since the block declared that it writes.
   */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aTransactionBeginsOnlyWhenTheWorkNeedsOne(TestDatabase kind) {
    try (Database database = Wallets.create(kind, 2, 1)) {
      try (SqlLog log = SqlLog.start()) {
        database.transaction().readOnly().run(session -> new WalletDao(session).all());
        assertThat(log.statements()).noneMatch(sql -> sql.startsWith("BEGIN") || sql.equals("COMMIT"));
      }
      try (SqlLog log = SqlLog.start()) {
        database.transaction(session -> new WalletDao(session).all().get(0).balance = 5);
        List<String> statements = log.statements();
        String begin = kind == TestDatabase.SQLITE ? "BEGIN IMMEDIATE" : "BEGIN";
        assertThat(statements).contains(begin).endsWith("COMMIT");
        int beginAt = statements.indexOf(begin);
        int selectAt = indexOfPrefix(statements, "SELECT");
        int updateAt = indexOfPrefix(statements, "UPDATE");
        assertThat(beginAt).isLessThan(updateAt);
        if (kind == TestDatabase.SQLITE) {
          assertThat(beginAt).isLessThan(selectAt);
        } else {
          assertThat(beginAt).isGreaterThan(selectAt);
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aHigherIsolationBeginsAtTheFirstStatement(TestDatabase kind) {
    try (Database database = Wallets.create(kind, 2, 1)) {
      try (SqlLog log = SqlLog.start()) {
        long count =
            database.transaction().isolation(Isolation.REPEATABLE_READ).readOnly()
                .call(session -> new WalletDao(session).query().count());
        assertThat(count).isEqualTo(2);
        List<String> statements = log.statements();
        assertThat(indexOfPrefix(statements, "BEGIN")).isLessThan(indexOfPrefix(statements, "SELECT"));
      }
    }
  }

  private static int indexOfPrefix(List<String> statements, String prefix) {
    for (int i = 0; i < statements.size(); i++) {
      if (statements.get(i).startsWith(prefix)) {
        return i;
      }
    }
    throw new AssertionError("No statement starts with " + prefix + ": " + statements);
  }
}
