package dev.kiln.it.relation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.Connection;
import dev.kiln.Database;
import dev.kiln.query.Row2;
import dev.kiln.schema.CompositeKey;
import dev.kiln.session.Session;
import dev.kiln.testing.SqlLog;
import dev.kiln.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A reference to a model keyed by two columns: two foreign-key columns, one composite foreign key. */
class CompositeReferenceTest {
  private static Database library(TestDatabase db) {
    Database database = TestDatabase.createTables(db.freshUrl(), EditionTable.TABLE, CopyTable.TABLE);
    try (Session session = database.openSession()) {
      for (int number = 1; number <= 3; number++) {
        Edition edition = Edition.of(9780441013593L, number, "Dune, edition " + number);
        for (int copy = 0; copy < number; copy++) {
          edition.copies().add(new Copy("shelf " + number + "." + copy));
        }
        session.add(edition);
      }
      session.add(new Copy("lost"));
      session.commit();
    }
    return database;
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void copiesReferToTheirEditionByBothKeyColumnsAndLoadAResultAtATime(TestDatabase db) {
    try (Database database = library(db);
        SqlLog log = SqlLog.start();
        Session session = database.openSession()) {
      List<Copy> copies = new CopyDao(session).query().orderBy(CopyTable.SHELF.asc()).all();
      assertThat(copies).hasSize(7);
      assertThat(copies.get(0).edition.storedKey()).isNull();
      assertThat(copies.get(1).edition.storedKey()).isEqualTo(CompositeKey.of(9780441013593L, 1));
      assertThat(copies).extracting(copy -> copy.edition.get() == null ? "none" : copy.edition.get().title())
          .containsExactly("none", "Dune, edition 1", "Dune, edition 2", "Dune, edition 2", "Dune, edition 3",
              "Dune, edition 3", "Dune, edition 3");
      Edition third = copies.get(4).edition.get();
      assertThat(third.copies()).extracting(copy -> copy.shelf).containsExactly("shelf 3.0", "shelf 3.1", "shelf 3.2");
      assertThat(log.statementsStartingWith("SELECT")).hasSize(3);
      assertThat(new CopyDao(session).query().filterByEditionNumber(2).count()).isEqualTo(2);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void filtersAndJoinsMatchBothColumns(TestDatabase db) {
    try (Database database = library(db);
        Session session = database.openSession()) {
      assertThat(new CopyDao(session).query().where(CopyTable.EDITION.has(EditionTable.NUMBER.eq(2))).count()).isEqualTo(2);
      assertThat(new CopyDao(session).query().where(CopyTable.EDITION.has(EditionTable.NUMBER.eq(2)).not()).count()).isEqualTo(5);
      assertThat(new EditionDao(session).query().where(EditionTable.COPIES.any(CopyTable.SHELF.eq("shelf 3.1"))).one().number())
          .isEqualTo(3);
      try (Connection connection = database.openConnection()) {
        assertThat(connection.execute(CopyTable.TABLE.join(CopyTable.EDITION).where(EditionTable.NUMBER.eq(1))
                .select(CopyTable.SHELF, EditionTable.TITLE)).all())
            .containsExactly(new Row2<>("shelf 1.0", "Dune, edition 1"));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void deletingAnEditionCascadesToItsCopiesThroughTheCompositeKey(TestDatabase db) {
    try (Database database = library(db)) {
      try (Session session = database.openSession()) {
        session.delete(new EditionDao(session).get(EditionTable.key(9780441013593L, 3)).orElseThrow());
        session.commit();
      }
      try (Session session = database.openSession()) {
        assertThat(new CopyDao(session).query().count()).isEqualTo(4);
      }
    }
  }
}
