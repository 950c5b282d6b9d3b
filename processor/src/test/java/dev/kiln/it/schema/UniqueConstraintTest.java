package dev.kiln.it.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiln.Database;
import dev.kiln.error.RollbackRequiredException;
import dev.kiln.error.UniqueViolationException;
import dev.kiln.session.Ref;
import dev.kiln.session.Session;
import dev.kiln.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code @Unique} over two columns refuses a repeated pair, and only that, on both databases. */
class UniqueConstraintTest {

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void pairsThatDifferInEitherColumnAreAccepted(TestDatabase db) {
    String url = db.freshUrl();
    try (Database database = Setup.create(url, EnrollmentTable.TABLE)) {
      Setup.commit(
          database,
          new Enrollment("ann", "math", 1),
          new Enrollment("ann", "physics", 1),
          new Enrollment("bob", "math", 2));

      assertThat(Catalog.countRows(url, "enrollment")).isEqualTo(3);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void repeatedPairIsRefusedNamingTheConventionalConstraint(TestDatabase db) {
    try (Database database = Setup.create(db.freshUrl(), EnrollmentTable.TABLE)) {
      Setup.commit(database, new Enrollment("ann", "math", 1));

      try (Session session = database.openSession()) {
        session.add(new Enrollment("ann", "math", 2));

        assertThatThrownBy(session::commit)
            .isInstanceOfSatisfying(
                UniqueViolationException.class,
                e -> {
                  assertThat(e.table()).contains("enrollment");
                  if (db != TestDatabase.SQLITE) {
                    assertThat(e.constraint()).contains("enrollment_student_course_key");
                  }
                });
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void repeatedPairIsRefusedNamingTheDeclaredConstraint(TestDatabase db) {
    try (Database database = Setup.create(db.freshUrl(), EnrollmentTable.TABLE)) {
      Setup.commit(database, new Enrollment("ann", "math", 1));

      try (Session session = database.openSession()) {
        session.add(new Enrollment("bob", "math", 1));

        assertThatThrownBy(session::commit)
            .isInstanceOfSatisfying(
                UniqueViolationException.class,
                e -> {
                  if (db != TestDatabase.SQLITE) {
                    assertThat(e.constraint()).contains("enrollment_one_per_seat");
                  }
                });
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void refusedCommitWritesNothingAndTakesBackTheKeysItHandedOut(TestDatabase db) {
    String url = db.freshUrl();
    try (Database database = Setup.create(url, EnrollmentTable.TABLE)) {
      Setup.commit(database, new Enrollment("ann", "math", 1));
      Enrollment valid = new Enrollment("carol", "art", 1);

      try (Session session = database.openSession()) {
        Ref<Enrollment> ref = session.add(valid);
        session.add(new Enrollment("ann", "math", 3));

        assertThatThrownBy(session::commit).isInstanceOf(UniqueViolationException.class);
        assertThat(valid.id).isNull();
        assertThat(ref.isStored()).isFalse();
        assertThat(Catalog.countRows(url, "enrollment")).isEqualTo(1);

        // Once the failure is acknowledged, the valid row can still be committed on its own.
        assertThatThrownBy(() -> session.add(valid)).isInstanceOf(RollbackRequiredException.class);
        session.rollback();
        session.add(valid);
        session.commit();
        assertThat(valid.id).isNotNull();
      }
      try (Session session = database.openSession()) {
        assertThat(new EnrollmentDao(session).query().filterByStudent("carol").count()).isEqualTo(1);
      }
      assertThat(Catalog.countRows(url, "enrollment")).isEqualTo(2);
    }
  }
}
