package dev.kiln.it.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiln.Database;
import dev.kiln.error.ForeignKeyViolationException;
import dev.kiln.error.KilnException;
import dev.kiln.relation.ToMany;
import dev.kiln.relation.ToOne;
import dev.kiln.session.Session;
import dev.kiln.testing.SqlLog;
import dev.kiln.testing.TestDatabase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One-to-many and many-to-one through holders: saving a graph, walking it a query result at a
 * time, loading it eagerly, and keeping both sides in step.
 */
class RelationshipTest {
  private static Database create(TestDatabase db) {
    return TestDatabase.createTables(db.freshUrl(), AuthorTable.TABLE, BookTable.TABLE, ChapterTable.TABLE);
  }

  /** Authors with books with chapters: author i has i % 3 + 1 books, each with 2 chapters. */
  private static void saveLibrary(Database database, int authors) {
    try (Session session = database.openSession()) {
      for (int i = 0; i < authors; i++) {
        Author author = new Author("author " + i);
        for (int b = 0; b <= i % 3; b++) {
          Book book = new Book(null, "book " + i + "." + b, new ToOne<>(), new ToMany<>());
          book.chapters().add(new Chapter(1));
          book.chapters().add(new Chapter(2));
          author.getBooks().add(book);
        }
        session.add(author);
      }
      session.commit();
    }
  }

  /** The authors, by name. */
  private static AuthorQuery byName(Session session) {
    return new AuthorDao(session).query().orderBy(AuthorTable.NAME.asc());
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void addingAParentSavesItsNewChildrenWithKeysOnBothSides(TestDatabase db) {
    try (Database database = create(db)) {
      saveLibrary(database, 2);

      try (Session session = database.openSession()) {
        List<Author> authors = byName(session).all();
        assertThat(authors).extracting(Author::getName).containsExactly("author 0", "author 1");
        Author second = authors.get(1);
        assertThat(second.getBooks()).extracting(Book::title).containsExactly("book 1.0", "book 1.1");
        for (Book book : second.getBooks()) {
          assertThat(book.author().get()).isSameAs(second);
          assertThat(book.author().storedKey()).isEqualTo(second.getId());
          assertThat(book.chapters()).extracting(chapter -> chapter.number).containsExactly(1, 2);
          assertThat(book.chapters()).allSatisfy(chapter -> assertThat(chapter.book.get()).isSameAs(book));
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aReferenceSetByTheApplicationReportsItsStoredKeyOnceCommitted(TestDatabase db) {
    try (Database database = create(db)) {
      saveLibrary(database, 2);

      try (Session session = database.openSession()) {
        List<Author> authors = byName(session).all();
        Book book = authors.get(0).getBooks().get(0);
        book.author().set(authors.get(1));
        assertThat(book.author().storedKey()).as("set, not saved").isNull();
        session.flush();
        assertThat(book.author().storedKey()).as("flushed, not committed").isNull();
        session.commit();
        assertThat(book.author().storedKey()).isEqualTo(authors.get(1).getId());

        Author newcomer = new Author("author 9");
        book.author().set(newcomer);
        session.commit();
        assertThat(newcomer.getId()).as("saved through the reference").isNotNull();
        assertThat(book.author().storedKey()).isEqualTo(newcomer.getId());
        assertThat(book.author().get()).isSameAs(newcomer);

        book.author().set(null);
        session.commit();
        assertThat(book.author().storedKey()).isNull();
        assertThat(book.author().isLoaded()).isTrue();

        book.author().set(authors.get(0));
        session.flush();
        session.rollback();
        assertThat(book.author().storedKey()).as("rolled back: the row still refers to nothing").isNull();
      }
      try (Session session = database.openSession()) {
        Book stored = new BookDao(session).query().filterByTitle("book 0.0").one();
        assertThat(stored.author().storedKey()).isNull();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void walkingThreeLevelsCostsOneStatementPerLevel(TestDatabase db) {
    try (Database database = create(db)) {
      saveLibrary(database, 100);

      try (SqlLog log = SqlLog.start();
          Session session = database.openSession()) {
        int chapters = 0;
        for (Author author : new AuthorDao(session).all()) {
          for (Book book : author.getBooks()) {
            chapters += book.chapters().size();
          }
        }
        assertThat(chapters).isEqualTo(2 * (34 * 1 + 33 * 2 + 33 * 3));
        assertThat(log.statementsStartingWith("SELECT")).hasSize(3);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void eagerLoadingSendsTheSameStatementsUpFrontAndNoneWhileWalking(TestDatabase db) {
    try (Database database = create(db)) {
      saveLibrary(database, 100);

      try (SqlLog log = SqlLog.start();
          Session session = database.openSession()) {
        List<Author> authors = new AuthorDao(session).query().load(AuthorTable.BOOKS, BookTable.CHAPTERS).all();
        assertThat(log.statementsStartingWith("SELECT")).hasSize(3);
        session.lazyLoading(false);
        int chapters = 0;
        for (Author author : authors) {
          for (Book book : author.getBooks()) {
            chapters += book.chapters().size();
            assertThat(book.author().get()).isSameAs(author);
          }
        }
        assertThat(chapters).isEqualTo(2 * (34 * 1 + 33 * 2 + 33 * 3));
        assertThat(log.statementsStartingWith("SELECT")).hasSize(3);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void eagerLoadingSeesWhatTheSessionChangedBeforeTheQuery(TestDatabase db) {
    try (Database database = create(db)) {
      saveLibrary(database, 2);

      try (Session session = database.openSession()) {
        BookDao books = new BookDao(session);
        Author first = new AuthorDao(session).query().filterByName("author 0").one();
        books.query().filterByTitle("book 1.1").one().author().set(first);
        session.add(Book.of("book 0.new", first));
        // The query's own flush writes both changes; the loads after it, which flush no more, see them.
        List<Author> authors = byName(session).load(AuthorTable.BOOKS).all();
        session.lazyLoading(false);
        assertThat(authors.get(0).getBooks()).extracting(Book::title)
            .containsExactlyInAnyOrder("book 0.0", "book 1.1", "book 0.new");
        assertThat(authors.get(1).getBooks()).extracting(Book::title).containsExactly("book 1.0");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void walkingReferencesLoadsEachDistinctTargetOnceForTheWholeResult(TestDatabase db) {
    try (Database database = create(db)) {
      saveLibrary(database, 30);

      try (SqlLog log = SqlLog.start();
          Session session = database.openSession()) {
        List<String> owners = new ArrayList<>();
        for (Chapter chapter : new ChapterDao(session).query().orderBy(ChapterTable.ID.asc()).all()) {
          owners.add(chapter.book.get().author().get().getName());
        }
        assertThat(owners).hasSize(2 * (10 * 1 + 10 * 2 + 10 * 3)).startsWith("author 0", "author 0", "author 1");
        assertThat(log.statementsStartingWith("SELECT")).hasSize(3);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void strictSessionRaisesInsteadOfLoading(TestDatabase db) {
    try (Database database = create(db)) {
      saveLibrary(database, 2);

      try (Session session = database.openSession()) {
        session.lazyLoading(false);
        Author author = byName(session).first().orElseThrow();
        assertThatThrownBy(() -> author.getBooks().size())
            .isInstanceOf(KilnException.class)
            .hasMessageContaining("Author.books was not loaded")
            .hasMessageContaining("load(...)");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aHolderUsedAfterItsSessionClosedSaysSo(TestDatabase db) {
    try (Database database = create(db)) {
      saveLibrary(database, 1);
      Author author;
      try (Session session = database.openSession()) {
        author = new AuthorDao(session).all().get(0);
      }
      assertThatThrownBy(() -> author.getBooks().get(0))
          .isInstanceOf(KilnException.class)
          .hasMessageContaining("session that read its owner is closed");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void removingAChildFromItsCollectionLetsItGoAndMovingItRefersToTheNewOwner(TestDatabase db) {
    try (Database database = create(db)) {
      saveLibrary(database, 3);

      try (Session session = database.openSession()) {
        List<Author> authors = byName(session).all();
        Author first = authors.get(0);
        Author third = authors.get(2);
        Book moved = third.getBooks().get(0);
        Book orphan = third.getBooks().get(1);
        third.getBooks().remove(orphan);
        third.getBooks().remove(moved);
        first.getBooks().add(moved);
        session.commit();
      }
      try (Session session = database.openSession()) {
        BookDao books = new BookDao(session);
        assertThat(books.query().filterByTitle("book 2.0").one().author().get().getName()).isEqualTo("author 0");
        assertThat(books.query().filterByTitle("book 2.1").one().author().get()).isNull();
        assertThat(books.query().where(BookTable.AUTHOR_ID.isNull()).count()).isEqualTo(1);
        assertThat(new AuthorDao(session).query().filterByName("author 0").one().getBooks())
            .extracting(Book::title)
            .containsExactly("book 0.0", "book 2.0");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void settingAReferenceToANewObjectSavesItFirst(TestDatabase db) {
    try (Database database = create(db)) {
      try (Session session = database.openSession()) {
        Book book = new Book(null, "orphan first", new ToOne<>(), new ToMany<>());
        session.add(book);
        session.commit();
        book.author().set(new Author("found later"));
        session.commit();
      }
      try (Session session = database.openSession()) {
        Book book = new BookDao(session).query().one();
        assertThat(book.author().get().getName()).isEqualTo("found later");
        assertThat(book.author().get().getBooks()).containsExactly(book);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void deletingAParentCascadesInTheDatabaseWhereTheReferenceSaysSo(TestDatabase db) {
    try (Database database = create(db)) {
      saveLibrary(database, 2);

      try (Session session = database.openSession()) {
        Author author = new AuthorDao(session).query().filterByName("author 1").one();
        session.delete(author);
        session.commit();
      }
      try (Session session = database.openSession()) {
        assertThat(new BookDao(session).all()).extracting(Book::title).containsExactly("book 0.0");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void bothSidesFollowAtOnceWithinASession(TestDatabase db) {
    try (Database database = create(db)) {
      saveLibrary(database, 3);

      try (Session session = database.openSession()) {
        List<Author> authors = byName(session).load(AuthorTable.BOOKS).all();
        Author first = authors.get(0);
        Author third = authors.get(2);
        Book book = third.getBooks().get(0);

        first.getBooks().add(book);
        assertThat(book.author().get()).isSameAs(first);
        assertThat(third.getBooks()).doesNotContain(book).hasSize(2);

        book.author().set(third);
        assertThat(first.getBooks()).doesNotContain(book);
        assertThat(third.getBooks()).contains(book).hasSize(3);

        third.getBooks().remove(book);
        assertThat(book.author().get()).isNull();
        session.commit();
      }
      try (Session session = database.openSession()) {
        assertThat(new BookDao(session).query().where(BookTable.AUTHOR_ID.isNull()).one().title()).isEqualTo("book 2.0");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void theLastChangeOfEitherSideIsWhatACommitStores(TestDatabase db) {
    try (Database database = create(db)) {
      saveLibrary(database, 3);

      try (Session session = database.openSession()) {
        List<Author> authors = byName(session).load(AuthorTable.BOOKS).all();
        Author first = authors.get(0);
        Author third = authors.get(2);
        Book fresh = new Book(null, "fresh", new ToOne<>(), new ToMany<>());
        first.getBooks().add(fresh);
        fresh.author().set(third); // added to one collection, then moved by its reference

        Book kept = first.getBooks().get(0);
        first.getBooks().remove(kept);
        kept.author().set(first); // removed from the collection, then put back by its reference
        session.commit();

        assertThat(first.getBooks()).extracting(Book::title).containsExactly("book 0.0");
        assertThat(third.getBooks()).extracting(Book::title).contains("fresh").hasSize(4);
        assertThat(third.getBooks()).as("the stored copy of the record, with its key")
            .allSatisfy(book -> assertThat(book.id()).isNotNull());
      }
      try (Session session = database.openSession()) {
        BookDao books = new BookDao(session);
        assertThat(books.query().filterByTitle("fresh").one().author().get().getName()).isEqualTo("author 2");
        assertThat(books.query().filterByTitle("book 0.0").one().author().get().getName()).isEqualTo("author 0");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void sortingALoadedCollectionChangesNoRow(TestDatabase db) {
    try (Database database = create(db)) {
      saveLibrary(database, 3);

      try (SqlLog log = SqlLog.start();
          Session session = database.openSession()) {
        Author third = byName(session).load(AuthorTable.BOOKS).all().get(2);
        third.getBooks().sort(Comparator.comparing(Book::title).reversed());
        assertThat(third.getBooks()).extracting(Book::title).containsExactly("book 2.2", "book 2.1", "book 2.0");
        Collections.swap(third.getBooks(), 0, 2); // by setting indexes, each element briefly in two places
        assertThat(third.getBooks()).extracting(Book::title).containsExactly("book 2.0", "book 2.1", "book 2.2");
        assertThat(third.getBooks()).allSatisfy(book -> assertThat(book.author().get()).isSameAs(third));
        session.commit();
        assertThat(log.statementsStartingWith("UPDATE")).isEmpty();
      }
      try (Session session = database.openSession()) {
        assertThat(byName(session).all().get(2).getBooks()).extracting(Book::title)
            .containsExactly("book 2.0", "book 2.1", "book 2.2");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void pagingAppliesToParentsWhateverTheirChildren(TestDatabase db) {
    try (Database database = create(db)) {
      saveLibrary(database, 10);

      try (SqlLog log = SqlLog.start();
          Session session = database.openSession()) {
        var page = byName(session).load(AuthorTable.BOOKS).paginate(2, 4);
        assertThat(page.items()).extracting(Author::getName).containsExactly("author 4", "author 5", "author 6", "author 7");
        assertThat(page.total()).isEqualTo(10);
        assertThat(page.items()).extracting(author -> author.getBooks().size()).containsExactly(2, 3, 1, 2);
        assertThat(log.statementsStartingWith("SELECT")).hasSize(3); // the count, the page, its books
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void orphansAreDeletedWhereTheCollectionSaysSo(TestDatabase db) {
    try (Database database = TestDatabase.createTables(db.freshUrl(), ShelfTable.TABLE, SlotTable.TABLE)) {
      try (Session session = database.openSession()) {
        Shelf shelf = new Shelf("top");
        shelf.slots.add(new Slot(1));
        shelf.slots.add(new Slot(2));
        session.add(shelf);
        session.commit();
        shelf.slots.remove(0);
        session.commit();
      }
      try (Session session = database.openSession()) {
        assertThat(new SlotDao(session).all()).extracting(slot -> slot.position).containsExactly(2);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aTreeIsSavedInOneGoAndWalkedALevelPerStatement(TestDatabase db) {
    try (Database database = TestDatabase.createTables(db.freshUrl(), CategoryTable.TABLE)) {
      try (Session session = database.openSession()) {
        Category root = new Category("root");
        for (int i = 0; i < 3; i++) {
          Category child = new Category("child " + i);
          root.children.add(child);
          for (int j = 0; j < 2; j++) {
            child.children.add(new Category("leaf " + i + "." + j));
          }
        }
        session.add(root);
        session.commit();
      }
      try (SqlLog log = SqlLog.start();
          Session session = database.openSession()) {
        Category root = new CategoryDao(session).query().where(CategoryTable.PARENT_ID.isNull()).one();
        List<String> leaves = new ArrayList<>();
        for (Category child : root.children) {
          assertThat(child.parent.get()).isSameAs(root);
          for (Category leaf : child.children) {
            leaves.add(leaf.name);
          }
        }
        assertThat(leaves).containsExactly("leaf 0.0", "leaf 0.1", "leaf 1.0", "leaf 1.1", "leaf 2.0", "leaf 2.1");
        assertThat(log.statementsStartingWith("SELECT")).hasSize(3);
      }
      try (Session session = database.openSession()) {
        CategoryDao categories = new CategoryDao(session);
        session.delete(categories.query().filterByName("child 1").one());
        session.commit();
        assertThat(categories.query().filterByName("leaf 1.0").one().parent.storedKey()).isNull();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void fourThreadsSavingGraphsEachWriteEveryRowOnce(TestDatabase db) throws Exception {
    try (Database database = create(db)) {
      int threads = 4;
      int authorsPerThread = 25;
      Concurrently.run(threads, thread -> {
        for (int i = 0; i < authorsPerThread; i++) {
          int n = i;
          database.transaction(session -> {
            Author author = new Author("t" + thread + " a" + n);
            Book book = new Book(null, "t" + thread + " b" + n, new ToOne<>(), new ToMany<>());
            book.chapters().add(new Chapter(1));
            book.chapters().add(new Chapter(2));
            author.getBooks().add(book);
            session.add(author);
          });
        }
      });
      try (Session session = database.openSession()) {
        List<Author> authors = new AuthorDao(session).all();
        assertThat(authors).hasSize(threads * authorsPerThread);
        for (Author author : authors) {
          assertThat(author.getBooks()).singleElement().satisfies(book -> {
            assertThat(book.title()).isEqualTo(author.getName().replace(" a", " b"));
            assertThat(book.chapters()).extracting(chapter -> chapter.number).containsExactly(1, 2);
          });
        }
        assertThat(new ChapterDao(session).query().count()).isEqualTo(2L * threads * authorsPerThread);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void deletingARowOthersStillReferToIsATypedViolationAndLosesNothing(TestDatabase db) {
    try (Database database = TestDatabase.createTables(db.freshUrl(), ShelfTable.TABLE, SlotTable.TABLE)) {
      try (Session session = database.openSession()) {
        Shelf shelf = new Shelf("top");
        shelf.slots.add(new Slot(1));
        session.add(shelf);
        session.commit();
        // By key: nothing is loaded, so the shelf's slots are left to the foreign key, which refuses.
        session.deleteByKey(ShelfTable.TABLE, shelf.id);
        assertThatThrownBy(session::commit).isInstanceOf(ForeignKeyViolationException.class);
        session.rollback();
      }
      try (Session session = database.openSession()) {
        assertThat(new ShelfDao(session).all()).hasSize(1);
        assertThat(new SlotDao(session).all()).hasSize(1);
      }
    }
  }
}
