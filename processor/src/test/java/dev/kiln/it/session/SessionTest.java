package dev.kiln.it.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiln.Database;
import dev.kiln.error.KilnException;
import dev.kiln.session.Ref;
import dev.kiln.session.Session;
import dev.kiln.testing.TestDatabase;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The unit of work: add, commit, identity, change tracking, delete, rollback and close. */
class SessionTest {
  private static Database connect(TestDatabase kind) {
    Database database =
        Database.connect(
            kind.freshUrl(), List.of(AccountTable.TABLE, BookTable.TABLE, TagTable.TABLE, ShelfTable.TABLE));
    database.createAll();
    return database;
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void createAllTwiceIsHarmlessAndDropAllRemovesTables(TestDatabase kind) {
    try (Database database = connect(kind)) {
      database.createAll();
      try (Session session = database.openSession()) {
        session.add(new Account("ann", 10));
        session.commit();
      }
      database.createAll();
      try (Session session = database.openSession()) {
        assertThat(new AccountDao(session).all()).hasSize(1);
      }
      database.dropAll();
      try (Session session = database.openSession()) {
        assertThatThrownBy(() -> new AccountDao(session).all()).isInstanceOf(KilnException.class);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void commitFillsInGeneratedKeysOfMutableObjects(TestDatabase kind) {
    try (Database database = connect(kind);
        Session session = database.openSession()) {
      Account ann = new Account("ann", 10);
      Account bob = new Account("bob", 20);
      session.addAll(List.of(ann, bob));
      assertThat(ann.getId()).isNull();

      session.commit();

      assertThat(ann.getId()).isNotNull();
      assertThat(bob.getId()).isNotNull().isNotEqualTo(ann.getId());
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void refOfARecordHoldsTheStoredCopyWithItsKey(TestDatabase kind) {
    try (Database database = connect(kind)) {
      Ref<Book> ref;
      try (Session session = database.openSession()) {
        ref = session.add(new Book(null, "Dune", 412));
        assertThat(ref.isStored()).isFalse();
        assertThatThrownBy(ref::get).isInstanceOf(IllegalStateException.class).hasMessageContaining("commit");
        session.commit();
      }
      Book stored = ref.get();
      assertThat(stored.id()).isNotNull();
      try (Session session = database.openSession()) {
        assertThat(new BookDao(session).get(stored.id())).contains(stored);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void loadingTheSameKeyTwiceInASessionReturnsTheSameInstance(TestDatabase kind) {
    try (Database database = connect(kind)) {
      int id = insertAccount(database, "ann", 10);
      try (Session session = database.openSession()) {
        AccountDao accounts = new AccountDao(session);
        Account byGet = accounts.get(id).orElseThrow();
        Account byQuery = accounts.query().filterByOwner("ann").one();
        assertThat(byQuery).isSameAs(byGet);
        assertThat(accounts.all()).containsExactly(byGet);
      }
      try (Session first = database.openSession();
          Session second = database.openSession()) {
        assertThat(new AccountDao(first).get(id).orElseThrow())
            .isNotSameAs(new AccountDao(second).get(id).orElseThrow());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void rowsListedFirstAreTheInstancesLaterLoadsReturn(TestDatabase kind) {
    try (Database database = connect(kind)) {
      int ann = insertAccount(database, "ann", 10);
      int bob = insertAccount(database, "bob", 20);
      try (Session session = database.openSession()) {
        AccountDao accounts = new AccountDao(session);
        List<Account> listed = accounts.query().orderBy(AccountTable.ID.asc()).all();
        assertThat(accounts.get(bob).orElseThrow()).isSameAs(listed.get(1));
        accounts.delete(listed.get(0));
        session.commit();
        int carl = insertAccount(database, "carl", 30);
        List<Account> again = accounts.query().orderBy(AccountTable.ID.asc()).all();
        assertThat(again).hasSize(2);
        assertThat(again.get(0)).isSameAs(listed.get(1));
        assertThat(again.get(1).getId()).isEqualTo(carl);
        assertThat(accounts.get(ann)).isEmpty();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void changingALoadedObjectOfAClassBuiltThroughItsConstructorUpdatesIt(TestDatabase kind) {
    try (Database database = connect(kind)) {
      long id;
      try (Session session = database.openSession()) {
        Ref<Shelf> ref = session.add(new Shelf(null, "attic", 40));
        session.commit();
        id = ref.get().getId();
      }
      try (Session session = database.openSession()) {
        new ShelfDao(session).get(id).orElseThrow().setCapacity(55);
        session.commit();
      }
      try (Session session = database.openSession()) {
        Shelf reloaded = new ShelfDao(session).get(id).orElseThrow();
        assertThat(reloaded.getCapacity()).isEqualTo(55);
        assertThat(reloaded.getRoom()).isEqualTo("attic");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void changingALoadedObjectAndCommittingUpdatesOnlyTheChangedColumns(TestDatabase kind) {
    try (Database database = connect(kind)) {
      int id = insertAccount(database, "ann", 10);
      try (Session mine = database.openSession();
          Session theirs = database.openSession()) {
        Account account = new AccountDao(mine).get(id).orElseThrow();
        // End our read transaction (SQLite refuses a write from a snapshot older than another
        // commit); the session keeps watching the account.
        mine.commit();
        // Someone else changes the balance after we loaded the row...
        Account same = new AccountDao(theirs).get(id).orElseThrow();
        same.setBalance(99);
        theirs.commit();
        // ...and we change only the note: their balance must survive our commit.
        account.setNote("vip");
        mine.commit();
      }
      try (Session session = database.openSession()) {
        Account reloaded = new AccountDao(session).get(id).orElseThrow();
        assertThat(reloaded.getNote()).isEqualTo("vip");
        assertThat(reloaded.getBalance()).isEqualTo(99);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void addingAChangedCopyOfALoadedRecordUpdatesIt(TestDatabase kind) {
    try (Database database = connect(kind)) {
      long id = insertBook(database, new Book(null, "Dune", 412));
      try (Session session = database.openSession()) {
        BookDao books = new BookDao(session);
        Book loaded = books.get(id).orElseThrow();
        Ref<Book> ref = session.add(loaded.withPages(500));
        session.commit();
        assertThat(ref.get().pages()).isEqualTo(500);
      }
      try (Session session = database.openSession()) {
        assertThat(new BookDao(session).get(id).orElseThrow().pages()).isEqualTo(500);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void updateWritesAnObjectTheSessionNeverLoaded(TestDatabase kind) {
    try (Database database = connect(kind)) {
      long id = insertBook(database, new Book(null, "Dune", 412));
      try (Session session = database.openSession()) {
        new BookDao(session).update(new Book(id, "Dune Messiah", 256));
        session.commit();
      }
      try (Session session = database.openSession()) {
        assertThat(new BookDao(session).get(id)).contains(new Book(id, "Dune Messiah", 256));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void deleteAndDeleteByIdRemoveRowsOnCommit(TestDatabase kind) {
    try (Database database = connect(kind)) {
      int ann = insertAccount(database, "ann", 10);
      int bob = insertAccount(database, "bob", 20);
      try (Session session = database.openSession()) {
        AccountDao accounts = new AccountDao(session);
        accounts.delete(accounts.get(ann).orElseThrow());
        accounts.deleteById(bob);
        assertThat(countAccounts(database)).isEqualTo(2);
        session.commit();
        assertThat(accounts.get(ann)).isEmpty();
      }
      assertThat(countAccounts(database)).isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void afterDeletingMostLoadedRowsTheRestStillHaveTheirChangesWritten(TestDatabase kind) {
    try (Database database = connect(kind)) {
      for (String owner : List.of("ann", "bob", "carl", "dora", "eve")) {
        insertAccount(database, owner, 10);
      }
      try (Session session = database.openSession()) {
        AccountDao accounts = new AccountDao(session);
        List<Account> listed = accounts.query().orderBy(AccountTable.ID.asc()).all();
        // Three of the five held rows: more than half, so the session compacts its chain of them.
        accounts.delete(listed.get(0));
        accounts.delete(listed.get(2));
        accounts.delete(listed.get(4));
        listed.get(1).setBalance(11);
        listed.get(3).setBalance(13);
        session.commit();
        listed.get(3).setBalance(14);
        Account fay = new Account("fay", 15);
        session.add(fay);
        session.commit();
        fay.setBalance(16);
        session.commit();
      }
      try (Session session = database.openSession()) {
        List<Account> left = new AccountDao(session).query().orderBy(AccountTable.ID.asc()).all();
        assertThat(left).extracting(Account::getOwner).containsExactly("bob", "dora", "fay");
        assertThat(left).extracting(Account::getBalance).containsExactly(11L, 14L, 16L);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void addingTheSameObjectTwiceStagesOneInsert(TestDatabase kind) {
    try (Database database = connect(kind);
        Session session = database.openSession()) {
      Account ann = new Account("ann", 10);
      Ref<Account> first = session.add(ann);
      Ref<Account> second = session.add(ann);
      session.commit();
      assertThat(second).isSameAs(first);
      assertThat(session.add(ann)).isSameAs(first);
      assertThat(countAccounts(database)).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void deletingAnObjectAddedButNotFlushedJustForgetsIt(TestDatabase kind) {
    try (Database database = connect(kind);
        Session session = database.openSession()) {
      Account ann = new Account("ann", 10);
      session.add(ann);
      session.delete(ann);
      session.commit();
      assertThat(ann.getId()).isNull();
      assertThat(new AccountDao(session).all()).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void queriesSeeObjectsAddedEarlierInTheSameSession(TestDatabase kind) {
    try (Database database = connect(kind);
        Session session = database.openSession()) {
      Account ann = new Account("ann", 10);
      session.add(ann);
      assertThat(new AccountDao(session).query().filterByOwner("ann").first()).containsSame(ann);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void rollbackDiscardsStagedWorkAndTakesBackGeneratedKeys(TestDatabase kind) {
    try (Database database = connect(kind);
        Session session = database.openSession()) {
      Account ann = new Account("ann", 10);
      session.add(ann);
      session.flush();
      assertThat(ann.getId()).isNotNull();

      session.rollback();

      assertThat(ann.getId()).isNull();
      assertThat(new AccountDao(session).all()).isEmpty();
      session.add(new Account("bob", 5));
      session.commit();
      assertThat(new AccountDao(session).all()).extracting(Account::getOwner).containsExactly("bob");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void closingASessionDiscardsWhatWasNotCommitted(TestDatabase kind) {
    try (Database database = connect(kind)) {
      try (Session session = database.openSession()) {
        session.add(new Account("ann", 10));
        session.flush();
      }
      assertThat(countAccounts(database)).isZero();
      Session closed = database.openSession();
      closed.close();
      assertThatThrownBy(() -> closed.add(new Account("bob", 1)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("closed");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void changingThePrimaryKeyOfAStoredObjectIsRefused(TestDatabase kind) {
    try (Database database = connect(kind)) {
      int id = insertAccount(database, "ann", 10);
      try (Session session = database.openSession()) {
        Account ann = new AccountDao(session).get(id).orElseThrow();
        ann.setId(id + 100);
        assertThatThrownBy(session::commit).isInstanceOf(KilnException.class).hasMessageContaining("key cannot change");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void reservedWordsAsTableAndColumnNamesAreQuoted(TestDatabase kind) {
    try (Database database = connect(kind)) {
      try (Session session = database.openSession()) {
        session.add(new Tag("a-1", "first"));
        session.commit();
      }
      try (Session session = database.openSession()) {
        TagDao tags = new TagDao(session);
        Tag tag = tags.get("a-1").orElseThrow();
        assertThat(tag.label).isEqualTo("first");
        tag.label = "renamed";
        session.commit();
        assertThat(tags.query().filterByLabel("renamed").count()).isEqualTo(1);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void anObjectOfAnUnknownClassIsRefusedWithAClearMessage(TestDatabase kind) {
    try (Database database = connect(kind);
        Session session = database.openSession()) {
      assertThatThrownBy(() -> session.add("not a model"))
          .isInstanceOf(KilnException.class)
          .hasMessageContaining("java.lang.String is not a model")
          .hasMessageContaining("@Table");
    }
  }

  @Test
  void anInMemorySqliteDatabaseIsSharedByItsSessionsAndGoneWhenClosed() {
    try (Database database = Database.connect("sqlite://", List.of(AccountTable.TABLE))) {
      database.createAll();
      insertAccount(database, "ann", 10);
      assertThat(countAccounts(database)).isEqualTo(1);
    }
    try (Database fresh = Database.connect("sqlite://", List.of(AccountTable.TABLE))) {
      fresh.createAll();
      assertThat(countAccounts(fresh)).isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void getOfAMissingKeyIsEmpty(TestDatabase kind) {
    try (Database database = connect(kind);
        Session session = database.openSession()) {
      assertThat(new AccountDao(session).get(404)).isEqualTo(Optional.empty());
    }
  }

  static int insertAccount(Database database, String owner, long balance) {
    try (Session session = database.openSession()) {
      Account account = new Account(owner, balance);
      session.add(account);
      session.commit();
      return account.getId();
    }
  }

  static long insertBook(Database database, Book book) {
    try (Session session = database.openSession()) {
      Ref<Book> ref = session.add(book);
      session.commit();
      return ref.get().id();
    }
  }

  /** Counts accounts from a session of its own, so only committed rows count. */
  static long countAccounts(Database database) {
    try (Session session = database.openSession()) {
      return new AccountDao(session).query().count();
    }
  }
}
