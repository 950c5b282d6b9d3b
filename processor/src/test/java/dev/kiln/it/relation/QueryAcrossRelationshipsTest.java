package dev.kiln.it.relation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.Database;
import dev.kiln.relation.ToMany;
import dev.kiln.relation.ToOne;
import dev.kiln.session.Session;
import dev.kiln.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Filtering by related rows: {@code has} over a reference, {@code any} and {@code none} over
 * collections, each parent once, typed by the related model.
 */
class QueryAcrossRelationshipsTest {
  private static Database library(TestDatabase db) {
    Database database = TestDatabase.createTables(db.freshUrl(), AuthorTable.TABLE, BookTable.TABLE, ChapterTable.TABLE);
    try (Session session = database.openSession()) {
      Author herbert = new Author("Herbert");
      herbert.getBooks().add(book("Dune"));
      herbert.getBooks().add(book("Dune Messiah"));
      Author leGuin = new Author("Le Guin");
      leGuin.getBooks().add(book("The Dispossessed"));
      Author nobody = new Author("Nobody");
      session.addAll(List.of(herbert, leGuin, nobody));
      session.add(book("Anonymous"));
      session.commit();
    }
    return database;
  }

  private static Book book(String title) {
    return new Book(null, title, new ToOne<>(), new ToMany<>());
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void anyReturnsEachParentOnceHoweverManyChildrenMatch(TestDatabase db) {
    try (Database database = library(db);
        Session session = database.openSession()) {
      AuthorDao authors = new AuthorDao(session);
      assertThat(authors.query().where(AuthorTable.BOOKS.any(BookTable.TITLE.startsWith("Dune"))).all())
          .extracting(Author::getName)
          .containsExactly("Herbert");
      assertThat(authors.query().where(AuthorTable.BOOKS.any()).orderBy(AuthorTable.NAME.asc()).all())
          .extracting(Author::getName)
          .containsExactly("Herbert", "Le Guin");
      assertThat(authors.query().where(AuthorTable.BOOKS.none()).all()).extracting(Author::getName).containsExactly("Nobody");
      assertThat(authors.query().where(AuthorTable.BOOKS.none(BookTable.TITLE.eq("Dune"))).orderBy(AuthorTable.NAME.asc()).all())
          .extracting(Author::getName)
          .containsExactly("Le Guin", "Nobody");
      assertThat(authors.query().where(AuthorTable.BOOKS.any(BookTable.TITLE.contains("e")), AuthorTable.NAME.ne("Le Guin")).count())
          .isEqualTo(1);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void hasFiltersByTheReferencedRowsColumns(TestDatabase db) {
    try (Database database = library(db);
        Session session = database.openSession()) {
      BookDao books = new BookDao(session);
      assertThat(books.query().where(BookTable.AUTHOR.has(AuthorTable.NAME.eq("Herbert"))).orderBy(BookTable.TITLE.asc()).all())
          .extracting(Book::title)
          .containsExactly("Dune", "Dune Messiah");
      assertThat(books.query().where(BookTable.AUTHOR.has(AuthorTable.NAME.ne("Herbert")).not()).orderBy(BookTable.TITLE.asc()).all())
          .extracting(Book::title)
          .containsExactly("Anonymous", "Dune", "Dune Messiah");
      assertThat(books.query().where(BookTable.AUTHOR_ID.isNull()).one().title()).isEqualTo("Anonymous");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void pagingParentsFilteredByChildrenCountsParents(TestDatabase db) {
    try (Database database = library(db);
        Session session = database.openSession()) {
      var page = new AuthorDao(session).query().where(AuthorTable.BOOKS.any()).orderBy(AuthorTable.NAME.asc()).paginate(1, 1);
      assertThat(page.total()).isEqualTo(2);
      assertThat(page.items()).extracting(Author::getName).containsExactly("Herbert");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void anyCrossesAnAssociationTableBothWays(TestDatabase db) {
    try (Database database = TestDatabase.createTables(db.freshUrl(), WriterTable.TABLE, PostTable.TABLE, TagTable.TABLE);
        Session session = database.openSession()) {
      Tag java = Tag.named("java");
      Tag sql = Tag.named("sql");
      Tag unused = Tag.named("unused");
      Post first = new Post("first");
      first.tags.addAll(List.of(java, sql));
      Post second = new Post("second");
      second.tags.add(sql);
      session.addAll(List.of(first, second, unused));
      session.commit();

      assertThat(new PostDao(session).query().where(PostTable.TAGS.any(TagTable.NAME.eq("java"))).all())
          .extracting(post -> post.title)
          .containsExactly("first");
      assertThat(new TagDao(session).query().where(TagTable.POSTS.any(PostTable.TITLE.eq("second"))).all())
          .extracting(Tag::name)
          .containsExactly("sql");
      assertThat(new TagDao(session).query().where(TagTable.POSTS.none()).all()).extracting(Tag::name).containsExactly("unused");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void anyOverAModelsOwnRowsNeedsNoAlias(TestDatabase db) {
    try (Database database = TestDatabase.createTables(db.freshUrl(), CategoryTable.TABLE);
        Session session = database.openSession()) {
      Category root = new Category("root");
      Category tools = new Category("tools");
      tools.children.add(new Category("hammers"));
      root.children.add(tools);
      root.children.add(new Category("empty"));
      session.add(root);
      session.commit();

      CategoryDao categories = new CategoryDao(session);
      assertThat(categories.query().where(CategoryTable.CHILDREN.any(CategoryTable.NAME.eq("hammers"))).all())
          .extracting(category -> category.name)
          .containsExactly("tools");
      assertThat(categories.query().where(CategoryTable.PARENT.has(CategoryTable.NAME.eq("root"))).orderBy(CategoryTable.NAME.asc()).all())
          .extracting(category -> category.name)
          .containsExactly("empty", "tools");
    }
  }
}
