package dev.kiln.it.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiln.Database;
import dev.kiln.error.NotNullViolationException;
import dev.kiln.error.UniqueViolationException;
import dev.kiln.session.Ref;
import dev.kiln.session.Session;
import dev.kiln.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Broken constraints on real SQLite and PostgreSQL: each surfaces as Kiln's typed exception, saying
 * where, and a failed commit leaves nothing behind, not in the database and not in the objects.
 */
class ConstraintViolationTest {

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void duplicateUniqueValueIsAUniqueViolationNamingTheTable(TestDatabase db) {
    try (Database database = Databases.create(db.freshUrl(), MemberTable.TABLE)) {
      commit(database, new Member("alice", "alice@example.com"));

      try (Session session = database.openSession()) {
        new MemberDao(session).insert(new Member("alice", "other@example.com"));

        assertThatThrownBy(session::commit)
            .isInstanceOfSatisfying(
                UniqueViolationException.class,
                e -> {
                  assertThat(e.table()).contains("member");
                  if (db != TestDatabase.SQLITE) {
                    assertThat(e.constraint()).contains("member_username_key");
                  } else {
                    assertThat(e.column()).contains("username"); // SQLite names the column instead
                  }
                });
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void missingNotNullValueIsANotNullViolationNamingTheColumn(TestDatabase db) {
    try (Database database = Databases.create(db.freshUrl(), MemberTable.TABLE);
        Session session = database.openSession()) {
      new MemberDao(session).insert(new Member("bob", null));

      assertThatThrownBy(session::commit)
          .isInstanceOfSatisfying(
              NotNullViolationException.class,
              e -> {
                assertThat(e.column()).contains("email");
                assertThat(e.table()).contains("member");
              });
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void failedCommitWritesNeitherItsValidRowNorItsViolatingRow(TestDatabase db) {
    String url = db.freshUrl();
    try (Database database = Databases.create(url, MemberTable.TABLE)) {
      commit(database, new Member("alice", "alice@example.com"));
      Member bob = new Member("bob", "bob@example.com");

      try (Session session = database.openSession()) {
        MemberDao dao = new MemberDao(session);
        Ref<Member> bobRef = dao.insert(bob);
        dao.insert(new Member("alice", "again@example.com"));

        assertThatThrownBy(session::commit).isInstanceOf(UniqueViolationException.class);
        assertThat(bob.id).as("bob's generated id, taken back").isNull();
        assertThat(bobRef.isStored()).isFalse();
      }

      try (Session session = database.openSession()) {
        assertThat(usernames(new MemberDao(session))).containsExactly("alice");
      }
      assertThat(Databases.countRows(url, "member")).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void sessionCommitsValidRowsAfterRollingBackAFailedCommit(TestDatabase db) {
    try (Database database = Databases.create(db.freshUrl(), MemberTable.TABLE)) {
      commit(database, new Member("alice", "alice@example.com"));

      try (Session session = database.openSession()) {
        MemberDao dao = new MemberDao(session);
        dao.insert(new Member("bob", "bob@example.com"));
        dao.insert(new Member("alice", "again@example.com"));
        assertThatThrownBy(session::commit).isInstanceOf(UniqueViolationException.class);

        session.rollback();
        Member carol = new Member("carol", "carol@example.com");
        dao.insert(carol);
        session.commit();

        assertThat(carol.id).isNotNull();
      }

      try (Session session = database.openSession()) {
        assertThat(usernames(new MemberDao(session))).containsExactly("alice", "carol");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void duplicateApplicationChosenPrimaryKeyIsAUniqueViolation(TestDatabase db) {
    try (Database database = Databases.create(db.freshUrl(), BadgeTable.TABLE)) {
      commit(database, new Badge("gold", "Gold"));

      try (Session session = database.openSession()) {
        new BadgeDao(session).insert(new Badge("gold", "Another gold"));

        assertThatThrownBy(session::commit)
            .isInstanceOfSatisfying(
                UniqueViolationException.class,
                e -> {
                  assertThat(e.table()).contains("badge");
                  if (db == TestDatabase.POSTGRESQL) {
                    assertThat(e.constraint()).contains("badge_pkey");
                  }
                });
      }
      try (Session session = database.openSession()) {
        assertThat(new BadgeDao(session).get("gold")).get().extracting(Badge::title).isEqualTo("Gold");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void explicitIdThatIsTakenIsAUniqueViolation(TestDatabase db) {
    try (Database database = Databases.create(db.freshUrl(), MemberTable.TABLE)) {
      Member alice = new Member("alice", "alice@example.com");
      commit(database, alice);
      Member impostor = new Member("mallory", "mallory@example.com");
      impostor.id = alice.id;

      try (Session session = database.openSession()) {
        new MemberDao(session).insert(impostor);

        assertThatThrownBy(session::commit)
            .isInstanceOfSatisfying(
                UniqueViolationException.class, e -> assertThat(e.table()).contains("member"));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void generatedIdsNeverCollideWithExplicitlyChosenOnes(TestDatabase db) {
    try (Database database = Databases.create(db.freshUrl(), MemberTable.TABLE)) {
      Member first = new Member("first", "first@example.com");
      first.id = 1;
      commit(database, first);

      Member second = new Member("second", "second@example.com");
      commit(database, second);

      assertThat(second.id).isNotNull().isNotEqualTo(1);
    }
  }

  // ---- helpers --------------------------------------------------------------------------------

  /** Adds and commits the objects in a session of their own. */
  private static void commit(Database database, Object... entities) {
    try (Session session = database.openSession()) {
      session.addAll(List.of(entities));
      session.commit();
    }
  }

  private static List<String> usernames(MemberDao dao) {
    return dao.query().orderBy(MemberTable.USERNAME.asc()).all().stream().map(m -> m.username).toList();
  }
}
