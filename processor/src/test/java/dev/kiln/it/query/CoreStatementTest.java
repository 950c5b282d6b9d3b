package dev.kiln.it.query;

import static dev.kiln.it.query.PersonTable.AGE;
import static dev.kiln.it.query.PersonTable.ID;
import static dev.kiln.it.query.PersonTable.NAME;
import static dev.kiln.it.query.PersonTable.TABLE;
import static dev.kiln.query.Aggregate.countRows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiln.Connection;
import dev.kiln.Database;
import dev.kiln.error.NotNullViolationException;
import dev.kiln.error.UniqueViolationException;
import dev.kiln.query.Aggregate;
import dev.kiln.query.Row2;
import dev.kiln.query.Select;
import dev.kiln.testing.TestDatabase;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The core layer: statements built from a table's columns and run on a {@link Connection}, with
 * no session, identity map or change tracking. SQLAlchemy core's tutorial, {@code
 * people.insert()} then {@code people.select(people.c.id == 1).execute().first()}, in Kiln.
 */
class CoreStatementTest {
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void insertThenSelectTheFirstRowById(TestDatabase kind) {
    try (Database database = Fixtures.create(kind.freshUrl(), TABLE);
        Connection connection = database.openConnection()) {
      assertThat(connection.execute(TABLE.insert().set(NAME, "bob").set(AGE, 30))).isEqualTo(1);
      assertThat(connection.execute(TABLE.insert().set(NAME, "ann"))).isEqualTo(1);

      Person bob = connection.execute(TABLE.select().where(ID.eq(1))).first().orElseThrow();
      assertThat(bob.id).isEqualTo(1);
      assertThat(bob.name).isEqualTo("bob");
      assertThat(bob.age).isEqualTo(30);
      // A column left out of the insert is null; the key was generated.
      Person ann = connection.execute(TABLE.select().where(NAME.eq("ann"))).one();
      assertThat(ann.id).isEqualTo(2);
      assertThat(ann.age).isNull();
      assertThat(connection.execute(TABLE.select().where(ID.eq(3))).first()).isEmpty();
      // No identity map: each select reads new objects.
      assertThat(connection.execute(TABLE.select().where(ID.eq(1))).one()).isNotSameAs(bob);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void selectsProjectAndAggregate(TestDatabase kind) {
    try (Database database = Fixtures.create(kind.freshUrl(), TABLE);
        Connection connection = database.openConnection()) {
      insertPeople(connection);
      connection.execute(TABLE.insert().set(NAME, "eve").set(AGE, 30));
      assertThat(connection.execute(TABLE.select(NAME, AGE).where(AGE.gt(20)).orderBy(AGE.desc(), NAME.asc())).all())
          .containsExactly(new Row2<>("cid", 40), new Row2<>("ann", 30), new Row2<>("eve", 30));
      assertThat(connection.execute(TABLE.select(NAME).orderBy(NAME.asc()).limit(2).offset(1)).all()).containsExactly("bob", "cid");
      assertThat(connection.execute(TABLE.select(countRows(), AGE.sum())).one()).isEqualTo(new Row2<>(5L, 110));
      Aggregate<Person, Long> rows = countRows();
      assertThat(connection.execute(TABLE.select(AGE, rows).groupBy(AGE).having(rows.gt(1L))).all())
          .containsExactly(new Row2<>(30, 2L));
      assertThat(connection.execute(TABLE.select(AGE.max(), AGE.avg()).where(NAME.in("ann", "bob"))).one())
          .isEqualTo(new Row2<>(30, 20.0));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void updateAndDeleteReturnHowManyRowsTheyTouched(TestDatabase kind) {
    try (Database database = Fixtures.create(kind.freshUrl(), TABLE);
        Connection connection = database.openConnection()) {
      insertPeople(connection);
      assertThat(connection.execute(TABLE.update().set(AGE, AGE.plus(1)).where(AGE.isNotNull()))).isEqualTo(3);
      assertThat(connection.execute(TABLE.update().set(NAME, "robert").where(NAME.eq("bob")))).isEqualTo(1);
      assertThat(connection.execute(TABLE.update().set(AGE, 1).where(NAME.eq("nobody")))).isZero();
      assertThat(connection.execute(TABLE.select(NAME, AGE).orderBy(NAME.asc())).all())
          .containsExactly(new Row2<>("ann", 31), new Row2<>("cid", 41), new Row2<>("dee", null), new Row2<>("robert", 11));
      assertThat(connection.execute(TABLE.delete().where(AGE.lt(35)))).isEqualTo(2);
      assertThat(connection.execute(TABLE.delete().where(NAME.eq("nobody")))).isZero();
      assertThat(connection.execute(TABLE.delete())).isEqualTo(2);
      assertThat(connection.execute(TABLE.select(countRows())).one()).isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void eachStatementCommitsOnItsOwn(TestDatabase kind) throws SQLException {
    String url = kind.freshUrl();
    try (Database database = Fixtures.create(url, TABLE);
        Connection connection = database.openConnection()) {
      connection.execute(TABLE.insert().set(NAME, "bob"));
      // Another connection sees the row while this one is still open.
      assertThat(countWithJdbc(url)).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aFailedStatementIsATypedExceptionAndTheConnectionStaysUsable(TestDatabase kind) throws SQLException {
    String url = kind.freshUrl();
    try (Database database = Fixtures.create(url, TABLE);
        Connection connection = database.openConnection()) {
      connection.execute(TABLE.insert().set(NAME, "bob"));
      assertThatThrownBy(() -> connection.execute(TABLE.insert().set(NAME, "bob").set(AGE, 5)))
          .isInstanceOfSatisfying(UniqueViolationException.class, e -> {
            // PostgreSQL and MariaDB name the constraint, SQLite the column.
            if (kind != TestDatabase.SQLITE) {
              assertThat(e.constraint()).contains("people_name_key");
            } else {
              assertThat(e.column()).contains("name");
            }
          });
      assertThatThrownBy(() -> connection.execute(TABLE.insert())).isInstanceOf(NotNullViolationException.class);
      // On PostgreSQL a failed statement aborts its transaction; the connection rolled it back.
      assertThat(connection.execute(TABLE.insert().set(NAME, "cid"))).isEqualTo(1);
      assertThat(connection.execute(TABLE.select(NAME).orderBy(NAME.asc())).all()).containsExactly("bob", "cid");
      assertThat(countWithJdbc(url)).isEqualTo(2);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aSelectIsRunOnlyThroughAConnectionAndCanBeRunOnSeveral(TestDatabase kind) {
    Select<Person, String> names = TABLE.select(NAME).orderBy(NAME.asc());
    assertThatThrownBy(names::all).isInstanceOf(IllegalStateException.class).hasMessageContaining("connection.execute");
    try (Database database = Fixtures.create(kind.freshUrl(), TABLE)) {
      try (Connection connection = database.openConnection()) {
        insertPeople(connection);
        assertThat(connection.execute(names).all()).containsExactly("ann", "bob", "cid", "dee");
      }
      Connection closed;
      try (Connection connection = database.openConnection()) {
        // Running a select binds a copy of it: limiting that copy leaves the select as built.
        assertThat(connection.execute(names).limit(1).all()).containsExactly("ann");
        assertThat(connection.execute(names).all()).hasSize(4);
        closed = connection;
      }
      assertThatThrownBy(() -> closed.execute(TABLE.insert().set(NAME, "eve"))).isInstanceOf(IllegalStateException.class);
    }
  }

  /** ann 30, bob 10, cid 40, dee with no age. */
  private static void insertPeople(Connection connection) {
    connection.execute(TABLE.insert().set(NAME, "ann").set(AGE, 30));
    connection.execute(TABLE.insert().set(NAME, "bob").set(AGE, 10));
    connection.execute(TABLE.insert().set(NAME, "cid").set(AGE, 40));
    connection.execute(TABLE.insert().set(NAME, "dee"));
  }

  private static long countWithJdbc(String url) throws SQLException {
    try (java.sql.Connection jdbc = Fixtures.jdbc(url);
        Statement statement = jdbc.createStatement();
        ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM people")) {
      count.next();
      return count.getLong(1);
    }
  }
}
