package dev.kiln.it.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiln.Database;
import dev.kiln.error.UniqueViolationException;
import dev.kiln.it.schema.Catalog.IndexShape;
import dev.kiln.session.Session;
import dev.kiln.testing.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Indexes declared on columns and on models exist in the database's own catalog, with their
 * columns and uniqueness, and unique ones refuse duplicates.
 */
class IndexTest {
  /** The indexes {@link Article} declares, as the catalog should describe them. */
  private static final Map<String, IndexShape> DECLARED =
      Map.of(
          "article_author_idx", new IndexShape(List.of("author"), false),
          "article_category_published_on_idx", new IndexShape(List.of("category", "published_on"), false),
          "article_author_title_idx", new IndexShape(List.of("author", "title"), true),
          "article_by_title", new IndexShape(List.of("title"), false),
          "article_slug_unique", new IndexShape(List.of("slug"), true));

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void createAllCreatesEveryDeclaredIndexWithItsColumnsAndUniqueness(TestDatabase db) {
    String url = db.freshUrl();
    try (Database ignored = Setup.create(url, ArticleTable.TABLE)) {
      assertThat(Catalog.indexes(url, "article")).containsAllEntriesOf(DECLARED);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void createAllTwiceKeepsTheIndexesAndTheRows(TestDatabase db) {
    String url = db.freshUrl();
    try (Database database = Setup.create(url, ArticleTable.TABLE)) {
      Map<String, IndexShape> before = Catalog.indexes(url, "article");
      Setup.commit(database, new Article("ann", "first", "First"));

      database.createAll();

      assertThat(Catalog.indexes(url, "article")).isEqualTo(before);
      assertThat(Catalog.countRows(url, "article")).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void namedUniqueIndexRefusesADuplicateAndNamesItself(TestDatabase db) {
    String url = db.freshUrl();
    try (Database database = Setup.create(url, ArticleTable.TABLE)) {
      Setup.commit(database, new Article("ann", "hello", "Hello"));

      try (Session session = database.openSession()) {
        session.add(new Article("bob", "hello", "Hello again"));

        assertThatThrownBy(session::commit)
            .isInstanceOfSatisfying(
                UniqueViolationException.class,
                e -> {
                  if (db != TestDatabase.SQLITE) {
                    assertThat(e.constraint()).contains("article_slug_unique");
                  } else {
                    assertThat(e.column()).contains("slug"); // SQLite names the column instead
                  }
                });
      }
      assertThat(Catalog.countRows(url, "article")).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void uniqueIndexOverTwoColumnsRefusesOnlyTheSamePair(TestDatabase db) {
    String url = db.freshUrl();
    try (Database database = Setup.create(url, ArticleTable.TABLE)) {
      // Same author or same title, but never both: all accepted.
      Setup.commit(
          database,
          new Article("ann", "a", "Hello"),
          new Article("ann", "b", "World"),
          new Article("bob", "c", "Hello"));

      try (Session session = database.openSession()) {
        session.add(new Article("ann", "d", "Hello"));
        assertThatThrownBy(session::commit).isInstanceOf(UniqueViolationException.class);
      }
      assertThat(Catalog.countRows(url, "article")).isEqualTo(3);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void nonUniqueIndexesAcceptRepeatedValues(TestDatabase db) {
    String url = db.freshUrl();
    try (Database database = Setup.create(url, ArticleTable.TABLE)) {
      Setup.commit(database, new Article("ann", "a", "Hello"), new Article("ann", "b", "Hello again"));

      try (Session session = database.openSession()) {
        assertThat(new ArticleDao(session).query().filterByAuthor("ann").count()).isEqualTo(2);
      }
    }
  }
}
