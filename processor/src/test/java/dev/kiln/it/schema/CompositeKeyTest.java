package dev.kiln.it.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiln.Database;
import dev.kiln.error.KilnException;
import dev.kiln.error.UniqueViolationException;
import dev.kiln.session.Session;
import dev.kiln.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A primary key of two columns: every session operation finds rows by the pair. */
class CompositeKeyTest {

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void rowIsFoundByItsPairThroughTheSessionAndTheDao(TestDatabase db) {
    try (Database database = Setup.create(db.freshUrl(), MembershipTable.TABLE)) {
      Setup.commit(
          database,
          new Membership(1, "admins", "owner"),
          new Membership(1, "users", "member"),
          new Membership(2, "admins", "member"));

      try (Session session = database.openSession()) {
        MembershipDao memberships = new MembershipDao(session);
        Membership byDao = memberships.get(1, "users").orElseThrow();
        assertThat(byDao.role).isEqualTo("member");
        assertThat(session.get(MembershipTable.TABLE, MembershipTable.key(1, "users"))).containsSame(byDao);
        assertThat(memberships.get(2, "users")).isEmpty();
        assertThat(memberships.get(1, "admins").orElseThrow().role).isEqualTo("owner");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void samePairIsTheSameObjectWithinASession(TestDatabase db) {
    try (Database database = Setup.create(db.freshUrl(), MembershipTable.TABLE);
        Session session = database.openSession()) {
      Membership added = new Membership(1, "admins", "owner");
      session.add(added);
      session.commit();

      MembershipDao memberships = new MembershipDao(session);
      assertThat(memberships.get(1, "admins")).containsSame(added);
      assertThat(memberships.query().filterByGroupCode("admins").one()).isSameAs(added);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void changingANonKeyColumnUpdatesOnlyThatRow(TestDatabase db) {
    try (Database database = Setup.create(db.freshUrl(), MembershipTable.TABLE)) {
      Setup.commit(database, new Membership(1, "admins", "member"), new Membership(1, "users", "member"));

      try (Session session = database.openSession()) {
        new MembershipDao(session).get(1, "admins").orElseThrow().role = "owner";
        session.commit();
      }
      try (Session session = database.openSession()) {
        MembershipDao memberships = new MembershipDao(session);
        assertThat(memberships.get(1, "admins").orElseThrow().role).isEqualTo("owner");
        assertThat(memberships.get(1, "users").orElseThrow().role).isEqualTo("member");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void changingAKeyPartIsRefused(TestDatabase db) {
    try (Database database = Setup.create(db.freshUrl(), MembershipTable.TABLE)) {
      Setup.commit(database, new Membership(1, "admins", "member"));

      try (Session session = database.openSession()) {
        new MembershipDao(session).get(1, "admins").orElseThrow().groupCode = "users";
        assertThatThrownBy(session::commit).isInstanceOf(KilnException.class).hasMessageContaining("key");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void deleteAndDeleteByIdRemoveOnlyTheirPair(TestDatabase db) {
    String url = db.freshUrl();
    try (Database database = Setup.create(url, MembershipTable.TABLE)) {
      Setup.commit(
          database,
          new Membership(1, "admins", "owner"),
          new Membership(1, "users", "member"),
          new Membership(2, "admins", "member"));

      try (Session session = database.openSession()) {
        MembershipDao memberships = new MembershipDao(session);
        memberships.delete(memberships.get(1, "admins").orElseThrow());
        memberships.deleteById(2, "admins");
        session.commit();
        assertThat(memberships.get(1, "admins")).isEmpty();
      }
      try (Session session = database.openSession()) {
        assertThat(new MembershipDao(session).all()).extracting(m -> m.groupCode).containsExactly("users");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void duplicatePairIsRefusedNamingTheKeyConstraint(TestDatabase db) {
    String url = db.freshUrl();
    try (Database database = Setup.create(url, MembershipTable.TABLE)) {
      Setup.commit(database, new Membership(1, "admins", "owner"));

      try (Session session = database.openSession()) {
        session.add(new Membership(1, "users", "member"));
        session.add(new Membership(1, "admins", "member"));

        assertThatThrownBy(session::commit)
            .isInstanceOfSatisfying(
                UniqueViolationException.class,
                e -> {
                  if (db == TestDatabase.POSTGRESQL) {
                    assertThat(e.constraint()).contains("membership_pkey");
                  }
                });
      }
      assertThat(Catalog.countRows(url, "membership")).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void rollbackUndoesInsertsUpdatesAndDeletesOfPairs(TestDatabase db) {
    String url = db.freshUrl();
    try (Database database = Setup.create(url, MembershipTable.TABLE)) {
      Setup.commit(database, new Membership(1, "admins", "owner"), new Membership(1, "users", "member"));

      try (Session session = database.openSession()) {
        MembershipDao memberships = new MembershipDao(session);
        memberships.get(1, "admins").orElseThrow().role = "member";
        memberships.deleteById(1, "users");
        session.add(new Membership(2, "admins", "member"));
        session.flush();

        session.rollback();

        // The session forgot what it held: these are fresh loads of the committed rows.
        assertThat(memberships.get(1, "admins").orElseThrow().role).isEqualTo("owner");
        assertThat(memberships.get(1, "users")).isPresent();
        assertThat(memberships.get(2, "admins")).isEmpty();
      }
      assertThat(Catalog.countRows(url, "membership")).isEqualTo(2);
    }
  }
}
