package dev.kiln.it.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiln.Database;
import dev.kiln.error.UniqueViolationException;
import dev.kiln.session.Ref;
import dev.kiln.session.Session;
import dev.kiln.testing.SqlLog;
import dev.kiln.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * On PostgreSQL a commit writes consecutive staged objects of one table with multi-row INSERTs of
 * 128, 64, ... rows; on SQLite, in-process, with one reused INSERT per row. Either way every object
 * gets the key and defaults of its own row.
 */
class MultiRowInsertTest {
  private static Database connect(TestDatabase kind) {
    Database database =
        Database.connect(kind.freshUrl(), List.of(AccountTable.TABLE, BookTable.TABLE, ReadingTable.TABLE));
    database.createAll();
    return database;
  }

  /** The table holds exactly these accounts, each under its own key with its own values. */
  private static void assertEveryAccountStoredUnderItsKey(AccountDao dao, List<Account> accounts) {
    for (Account account : accounts) {
      Account stored = dao.get(account.getId()).orElseThrow();
      assertThat(stored.getOwner()).isEqualTo(account.getOwner());
      assertThat(stored.getBalance()).isEqualTo(account.getBalance());
    }
    assertThat(dao.query().count()).isEqualTo(accounts.size());
  }

  private static List<Account> accounts(String prefix, int count) {
    List<Account> accounts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      accounts.add(new Account(prefix + i, i));
    }
    return accounts;
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void threeHundredObjectsTakeFiveStatementsOnServersAndEachGetsTheKeyOfItsOwnRow(TestDatabase kind) {
    List<Account> accounts = accounts("owner-", 300);
    try (Database database = connect(kind);
        SqlLog log = SqlLog.start()) {
      try (Session session = database.openSession()) {
        session.addAll(accounts);
        session.commit();
      }
      // 300 = 128 + 128 + 32 + 8 + 4.
      assertThat(log.statementsStartingWith("INSERT INTO " + database.dialect().quote("account")))
          .hasSize(kind == TestDatabase.SQLITE ? 300 : 5);
      assertThat(accounts).extracting(Account::getId).doesNotContainNull().doesNotHaveDuplicates().isSorted();
      try (Session session = database.openSession()) {
        assertEveryAccountStoredUnderItsKey(new AccountDao(session), accounts);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void recordsGetCopiesWithTheirOwnKeysThroughTheirRefs(TestDatabase kind) {
    try (Database database = connect(kind)) {
      List<Ref<Book>> refs = new ArrayList<>();
      try (Session session = database.openSession()) {
        for (int i = 0; i < 150; i++) {
          refs.add(session.add(new Book(null, "title-" + i, i)));
        }
        session.commit();
      }
      try (Session session = database.openSession()) {
        BookDao dao = new BookDao(session);
        for (Ref<Book> ref : refs) {
          assertThat(dao.get(ref.get().id())).contains(ref.get());
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void objectsOfOtherTablesAndChosenKeysKeepTheirOrderAndMoveTheKeyGeneratorOn(TestDatabase kind) {
    try (Database database = connect(kind)) {
      List<Account> first = accounts("a-", 10);
      Account chosen = new Account("chosen", 0);
      chosen.setId(1000);
      List<Account> after = accounts("b-", 10);
      try (Session session = database.openSession()) {
        session.addAll(first);
        session.add(new Book(null, "between", 1));
        session.add(chosen);
        session.addAll(after);
        session.commit();
      }
      assertThat(chosen.getId()).isEqualTo(1000);
      assertThat(first).extracting(Account::getId).isSorted().allMatch(id -> id < 1000);
      try (Session session = database.openSession()) {
        Account next = new Account("next", 0);
        session.add(next);
        session.commit();
        assertThat(next.getId()).isGreaterThan(1000);
        assertThat(new AccountDao(session).query().count()).isEqualTo(22);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void databaseDefaultsComeBackIntoTheRightObjectsWithGeneratedAndWithChosenKeys(TestDatabase kind) {
    List<Reading> readings = new ArrayList<>();
    for (int i = 0; i < 70; i++) {
      // Unset levels first, then set ones: two runs of objects leaving different columns unset.
      readings.add(new Reading(null, "gen-" + i, i < 40 ? null : i));
    }
    for (long id = 5000; id < 5070; id++) {
      readings.add(new Reading(id, "chosen-" + id, null));
    }
    try (Database database = connect(kind)) {
      try (Session session = database.openSession()) {
        session.addAll(readings);
        session.commit();
      }
      try (Session session = database.openSession()) {
        ReadingDao dao = new ReadingDao(session);
        for (int i = 0; i < readings.size(); i++) {
          Reading reading = readings.get(i);
          assertThat(reading.id).isNotNull();
          assertThat(reading.takenAt).isNotNull();
          assertThat(reading.level).isEqualTo(i < 40 || i >= 70 ? 42 : i);
          Reading stored = dao.get(reading.id).orElseThrow();
          assertThat(stored.sensor).isEqualTo(reading.sensor);
          assertThat(stored.level).isEqualTo(reading.level);
          assertThat(stored.takenAt).isEqualTo(reading.takenAt);
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aViolationInsideAMultiRowInsertLeavesNoRowAndTakesBackEveryKey(TestDatabase kind) {
    List<Account> accounts = accounts("owner-", 100);
    accounts.get(70).setOwner("owner-3");
    try (Database database = connect(kind)) {
      try (Session session = database.openSession()) {
        List<Ref<Account>> refs = session.addAll(accounts);
        assertThatThrownBy(session::commit).isInstanceOf(UniqueViolationException.class);
        assertThat(accounts).extracting(Account::getId).containsOnlyNulls();
        assertThat(refs).noneMatch(Ref::isStored);

        session.rollback();
        session.add(new Account("after", 1));
        session.commit();
        assertThat(new AccountDao(session).query().count()).isEqualTo(1);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aThousandObjectsWithChosenKeysAreStoredExactlyAndTheGeneratorMovesPastThem(TestDatabase kind) {
    List<Account> accounts = accounts("chosen-", 1000);
    for (int i = 0; i < accounts.size(); i++) {
      accounts.get(i).setId(1000 - i); // descending, so that no order of the database's is assumed
    }
    try (Database database = connect(kind)) {
      try (Session session = database.openSession()) {
        session.addAll(accounts);
        session.commit();
      }
      try (Session session = database.openSession()) {
        assertEveryAccountStoredUnderItsKey(new AccountDao(session), accounts);
        Account generated = new Account("generated", 0);
        session.add(generated);
        session.commit();
        assertThat(generated.getId()).isGreaterThan(1000);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aViolationLateInABatchOfChosenKeysLeavesNoRowAndTheSessionUsable(TestDatabase kind) {
    List<Account> accounts = accounts("owner-", 600);
    for (int i = 0; i < accounts.size(); i++) {
      accounts.get(i).setId(i + 1);
    }
    accounts.get(550).setOwner("owner-3");
    try (Database database = connect(kind)) {
      try (Session session = database.openSession()) {
        session.addAll(accounts);
        assertThatThrownBy(session::commit)
            .isInstanceOf(UniqueViolationException.class)
            .hasMessageContaining("owner");
        session.rollback();
        assertThat(new AccountDao(session).query().count()).isZero();
        session.add(new Account("after", 1));
        session.commit();
        assertThat(new AccountDao(session).query().count()).isEqualTo(1);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void fourThreadsCommittingBatchesOfChosenKeysWriteEveryRowOnceAndTheBalancesAddUp(TestDatabase kind) throws Exception {
    int threads = 4;
    int commits = 5;
    int perCommit = 300;
    try (Database database = connect(kind)) {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        workers.add(pool.submit(() -> {
          for (int c = 0; c < commits; c++) {
            List<Account> batch = accounts("t" + thread + "-c" + c + "-", perCommit);
            int first = (thread * commits + c) * perCommit + 1;
            for (int i = 0; i < perCommit; i++) {
              batch.get(i).setId(first + i);
            }
            database.transaction(session -> {
              session.addAll(batch);
            });
          }
          return null;
        }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
      pool.shutdown();
      long rows = threads * commits * perCommit;
      // Each batch's balances are 0 to perCommit - 1.
      long expectedSum = threads * commits * (long) perCommit * (perCommit - 1) / 2;
      try (Session session = database.openReadOnlySession()) {
        AccountDao dao = new AccountDao(session);
        assertThat(dao.query().count()).isEqualTo(rows);
        assertThat(dao.all().stream().mapToLong(Account::getBalance).sum()).isEqualTo(expectedSum);
        assertThat(dao.query().where(AccountTable.ID.between(1, (int) rows)).count()).isEqualTo(rows);
      }
    }
  }
}
