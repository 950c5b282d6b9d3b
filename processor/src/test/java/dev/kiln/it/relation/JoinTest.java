package dev.kiln.it.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiln.Connection;
import dev.kiln.Database;
import dev.kiln.query.Row2;
import dev.kiln.query.Row3;
import dev.kiln.relation.ToMany;
import dev.kiln.relation.ToOne;
import dev.kiln.session.Session;
import dev.kiln.testing.SqlLog;
import dev.kiln.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Values of several tables joined along relationships, in the core layer and through a session. */
class JoinTest {
  private static Database library(TestDatabase db) {
    Database database = TestDatabase.createTables(db.freshUrl(), AuthorTable.TABLE, BookTable.TABLE, ChapterTable.TABLE);
    try (Session session = database.openSession()) {
      Author herbert = new Author("Herbert");
      Book dune = new Book(null, "Dune", new ToOne<>(), new ToMany<>());
      dune.chapters().add(new Chapter(1));
      dune.chapters().add(new Chapter(2));
      herbert.getBooks().add(dune);
      herbert.getBooks().add(new Book(null, "Children of Dune", new ToOne<>(), new ToMany<>()));
      Author leGuin = new Author("Le Guin");
      leGuin.getBooks().add(new Book(null, "Lavinia", new ToOne<>(), new ToMany<>()));
      session.addAll(List.of(herbert, leGuin));
      session.add(new Book(null, "Anonymous", new ToOne<>(), new ToMany<>()));
      session.commit();
    }
    return database;
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void coreSelectOverAManyToOneJoin(TestDatabase db) {
    try (Database database = library(db);
        Connection connection = database.openConnection()) {
      List<Row2<String, String>> rows =
          connection.execute(
              BookTable.TABLE.join(BookTable.AUTHOR)
                  .where(AuthorTable.NAME.eq("Herbert"))
                  .orderBy(BookTable.TITLE.asc())
                  .select(BookTable.TITLE, AuthorTable.NAME)).all();
      assertThat(rows).containsExactly(new Row2<>("Children of Dune", "Herbert"), new Row2<>("Dune", "Herbert"));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void leftJoinKeepsRowsWithoutAMatch(TestDatabase db) {
    try (Database database = library(db);
        Connection connection = database.openConnection()) {
      List<Row2<String, String>> rows =
          connection.execute(
              BookTable.TABLE.leftJoin(BookTable.AUTHOR).orderBy(BookTable.TITLE.asc()).select(BookTable.TITLE, AuthorTable.NAME))
              .all();
      assertThat(rows).containsExactly(
          new Row2<>("Anonymous", null),
          new Row2<>("Children of Dune", "Herbert"),
          new Row2<>("Dune", "Herbert"),
          new Row2<>("Lavinia", "Le Guin"));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void joinsChainAcrossThreeTablesAndAlongCollections(TestDatabase db) {
    try (Database database = library(db);
        Connection connection = database.openConnection()) {
      List<Row3<String, String, Integer>> chapters =
          connection.execute(
              AuthorTable.TABLE.join(AuthorTable.BOOKS)
                  .join(BookTable.CHAPTERS)
                  .orderBy(ChapterTable.NUMBER.asc())
                  .select(AuthorTable.NAME, BookTable.TITLE, ChapterTable.NUMBER)).all();
      assertThat(chapters).containsExactly(new Row3<>("Herbert", "Dune", 1), new Row3<>("Herbert", "Dune", 2));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void sessionQueriesJoinWithTheirConditions(TestDatabase db) {
    try (Database database = library(db);
        Session session = database.openSession()) {
      List<Row2<String, String>> rows =
          new BookDao(session).query()
              .where(BookTable.TITLE.contains("Dune"))
              .join(BookTable.AUTHOR)
              .orderBy(BookTable.TITLE.desc())
              .select(BookTable.TITLE, AuthorTable.NAME)
              .all();
      assertThat(rows).containsExactly(new Row2<>("Dune", "Herbert"), new Row2<>("Children of Dune", "Herbert"));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void manyToManyJoinsCrossTheAssociationTable(TestDatabase db) {
    try (Database database = TestDatabase.createTables(db.freshUrl(), WriterTable.TABLE, PostTable.TABLE, TagTable.TABLE);
        Session session = database.openSession()) {
      Post post = new Post("first");
      post.tags.addAll(List.of(Tag.named("java"), Tag.named("sql")));
      session.add(post);
      session.add(new Post("untagged"));
      session.commit();

      assertThat(new PostDao(session).query().join(PostTable.TAGS).orderBy(TagTable.NAME.asc()).select(PostTable.TITLE, TagTable.NAME).all())
          .containsExactly(new Row2<>("first", "java"), new Row2<>("first", "sql"));
      assertThat(new PostDao(session).query().where(PostTable.TITLE.eq("untagged")).join(PostTable.TAGS).select(PostTable.TITLE).all())
          .isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aColumnOfATableNotJoinedIsRefusedBeforeAnythingIsSent(TestDatabase db) {
    try (Database database = library(db);
        SqlLog log = SqlLog.start();
        Connection connection = database.openConnection()) {
      var select = BookTable.TABLE.join(BookTable.AUTHOR).where(ChapterTable.NUMBER.eq(1)).select(BookTable.TITLE);
      assertThatThrownBy(() -> connection.execute(select).all())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("chapter.number is not a column of the joined tables");
      assertThat(log.statementsStartingWith("SELECT")).isEmpty();
      assertThatThrownBy(() -> BookTable.TABLE.join(BookTable.AUTHOR).join(ChapterTable.BOOK))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("which this join does not hold");
    }
  }
}
