package dev.kiln.it.query;

import static dev.kiln.it.query.AthleteTable.BONUS;
import static dev.kiln.it.query.AthleteTable.NAME;
import static dev.kiln.it.query.AthleteTable.SCORE;
import static dev.kiln.it.query.AthleteTable.TEAM;
import static dev.kiln.query.Assignment.set;
import static dev.kiln.query.Assignment.setNull;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.Database;
import dev.kiln.query.Row2;
import dev.kiln.session.Ref;
import dev.kiln.session.Session;
import dev.kiln.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Bulk {@code query.update(...)} and {@code query.delete()}: one statement each, returning how many
 * rows it touched (see {@link Fixtures#athletes()}).
 *
 * <p>The session rule, as SQLAlchemy's {@code synchronize_session="fetch"}: the session first
 * flushes its pending changes, so the statement sees them; then, for the objects of that table it
 * holds, an updated row's object is refreshed with the row's new values (the same instance for a
 * mutable class; for a record, a new one replaces it in the session, and the old copy stays as it
 * was), and a deleted row's object is forgotten, so a later commit neither writes it back nor fails
 * on it. Objects the session does not hold (loaded by another session, streamed, or never loaded)
 * are not touched; the next load reads the new row.
 */
class BulkStatementTest {
  @FunctionalInterface
  private interface Check {
    void run(Database database, String url) throws SQLException;
  }

  /** Runs the check on a fresh database holding the six athletes; the URL is for plain JDBC. */
  private static void withAthletes(TestDatabase kind, Check check) throws SQLException {
    String url = kind.freshUrl();
    try (Database database = Fixtures.create(url, AthleteTable.TABLE, TrophyTable.TABLE)) {
      Fixtures.store(database, Fixtures.athletes());
      check.run(database, url);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void updateSetsValuesOnTheMatchingRowsAndReturnsTheirCount(TestDatabase kind) throws SQLException {
    withAthletes(kind, (database, url) -> {
      try (Session session = database.openSession()) {
        AthleteDao athletes = new AthleteDao(session);
        assertThat(athletes.query().where(TEAM.eq("red")).update(set(SCORE, 0), set(TEAM, "gray"))).isEqualTo(2);
        assertThat(athletes.query().where(BONUS.isNull()).update(setNull(TEAM))).isEqualTo(2);
        assertThat(athletes.query().where(NAME.eq("nobody")).update(set(SCORE, 1))).isZero();
        session.commit();
      }
      assertThat(scores(url)).containsExactly("ann gray 0 5", "bob null 0 null", "cid blue 20 25",
          "dee blue 40 40", "eve null 50 null", "fay green 20 10");
    });
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void updateSetsColumnsFromExpressionsOnEachRow(TestDatabase kind) throws SQLException {
    withAthletes(kind, (database, url) -> {
      try (Session session = database.openSession()) {
        AthleteDao athletes = new AthleteDao(session);
        assertThat(athletes.query().update(set(SCORE, SCORE.plus(1)))).isEqualTo(6);
        assertThat(athletes.query().where(TEAM.eq("blue")).update(set(SCORE, SCORE.minus(11)))).isEqualTo(2);
        assertThat(athletes.query().where(SCORE.ge(50)).update(set(SCORE, SCORE.times(2)))).isEqualTo(1);
        // From another column, null where that column is null.
        assertThat(athletes.query().where(TEAM.eq("red")).update(set(BONUS, BONUS.plus(SCORE)))).isEqualTo(2);
        // Every right-hand side reads the row as it was before this statement.
        assertThat(athletes.query().where(NAME.eq("fay")).update(set(SCORE, BONUS), set(BONUS, SCORE))).isEqualTo(1);
        session.commit();
      }
      // ann 31 +31=36 bonus; bob 11, bonus null; cid 21-11=10; dee 41-11=30; eve 51*2=102; fay swapped.
      assertThat(scores(url)).containsExactly("ann red 31 36", "bob red 11 null", "cid blue 10 25",
          "dee blue 30 40", "eve null 102 null", "fay green 10 21");
    });
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void deleteRemovesTheMatchingRowsAndReturnsTheirCount(TestDatabase kind) throws SQLException {
    withAthletes(kind, (database, url) -> {
      try (Session session = database.openSession()) {
        AthleteDao athletes = new AthleteDao(session);
        assertThat(athletes.query().where(SCORE.lt(25).and(TEAM.ne("green"))).delete()).isEqualTo(2);
        assertThat(athletes.query().where(NAME.eq("nobody")).delete()).isZero();
        session.commit();
      }
      assertThat(scores(url)).containsExactly("ann red 30 5", "dee blue 40 40", "eve null 50 null", "fay green 20 10");
      try (Session session = database.openSession()) {
        assertThat(new AthleteDao(session).query().delete()).isEqualTo(4);
        session.commit();
      }
      assertThat(scores(url)).isEmpty();
    });
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void updateRefreshesTheLoadedObjectsInPlace(TestDatabase kind) throws SQLException {
    withAthletes(kind, (database, url) -> {
      try (Session session = database.openSession()) {
        AthleteDao athletes = new AthleteDao(session);
        Athlete ann = athletes.query().where(NAME.eq("ann")).one();
        Athlete dee = athletes.query().where(NAME.eq("dee")).one();
        // A pending change is flushed first, so the update sees bob as blue.
        Athlete bob = athletes.query().where(NAME.eq("bob")).one();
        bob.team = "blue";

        assertThat(athletes.query().where(TEAM.eq("blue")).update(set(SCORE, SCORE.plus(100)), set(TEAM, "navy"))).isEqualTo(3);

        assertThat(bob.team).isEqualTo("navy");
        assertThat(bob.score).isEqualTo(110);
        assertThat(dee.score).isEqualTo(140);
        // ann did not match: her object keeps its values.
        assertThat(ann.team).isEqualTo("red");
        assertThat(ann.score).isEqualTo(30);
        // The refreshed objects are still the session's instances.
        List<Athlete> navy = athletes.query().where(TEAM.eq("navy")).orderBy(NAME.asc()).all();
        assertThat(navy).hasSize(3);
        assertThat(navy.get(0)).isSameAs(bob);
        assertThat(navy.get(2)).isSameAs(dee);
        assertThat(athletes.get(dee.id)).containsSame(dee);
        // A later commit writes nothing back over the update: the objects already hold its values.
        session.commit();
      }
      assertThat(scores(url)).containsExactly("ann red 30 5", "bob navy 110 null", "cid navy 120 25",
          "dee navy 140 40", "eve null 50 null", "fay green 20 10");
    });
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void deleteForgetsTheLoadedObjectsSoACommitNeitherRestoresNorFailsOnThem(TestDatabase kind) throws SQLException {
    withAthletes(kind, (database, url) -> {
      try (Session session = database.openSession()) {
        AthleteDao athletes = new AthleteDao(session);
        Athlete ann = athletes.query().where(NAME.eq("ann")).one();
        Athlete cid = athletes.query().where(NAME.eq("cid")).one();
        assertThat(athletes.query().where(TEAM.eq("red")).delete()).isEqualTo(2);

        // Changing a forgotten object saves nothing, and get() no longer answers from memory.
        ann.score = 99;
        assertThat(athletes.get(ann.id)).isEmpty();
        cid.score = 21;
        session.commit();
      }
      assertThat(scores(url)).containsExactly("cid blue 21 25", "dee blue 40 40", "eve null 50 null", "fay green 20 10");
    });
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void objectsTheSessionDoesNotHoldAreNotTouched(TestDatabase kind) throws SQLException {
    withAthletes(kind, (database, url) -> {
      try (Session other = database.openSession();
          Session session = database.openSession()) {
        Athlete elsewhere = new AthleteDao(other).query().where(NAME.eq("ann")).one();
        // End the other session's read transaction (SQLite refuses a write from an older snapshot).
        other.commit();
        AthleteDao athletes = new AthleteDao(session);
        // The session holds dee, so the update returns the rows it touched to refresh her.
        Athlete dee = athletes.query().where(NAME.eq("dee")).one();
        Athlete streamed;
        try (Stream<Athlete> stream = athletes.query().where(NAME.eq("ann")).stream()) {
          streamed = stream.findFirst().orElseThrow();
        }

        assertThat(athletes.query().where(TEAM.eq("red").or(NAME.eq("dee"))).update(set(SCORE, 7))).isEqualTo(3);

        assertThat(dee.score).isEqualTo(7);

        assertThat(elsewhere.score).isEqualTo(30);
        assertThat(streamed.score).isEqualTo(30);
        // The row nobody had loaded reads back with its new value, as a new session object.
        Athlete bob = athletes.query().where(NAME.eq("bob")).one();
        assertThat(bob.score).isEqualTo(7);
        Athlete ann = athletes.query().where(NAME.eq("ann")).one();
        assertThat(ann).isNotSameAs(elsewhere).isNotSameAs(streamed);
        assertThat(ann.score).isEqualTo(7);
        session.commit();
      }
    });
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void updateReplacesTheSessionsCopyOfARecord(TestDatabase kind) throws SQLException {
    withAthletes(kind, (database, url) -> {
      Fixtures.store(database, List.of(new Trophy(null, "cup", 10), new Trophy(null, "shield", 20)));
      try (Session session = database.openSession()) {
        TrophyDao trophies = new TrophyDao(session);
        Trophy cup = trophies.query().where(TrophyTable.TITLE.eq("cup")).one();
        Trophy shield = trophies.query().where(TrophyTable.TITLE.eq("shield")).one();

        assertThat(trophies.query().where(TrophyTable.POINTS.lt(15))
            .update(set(TrophyTable.POINTS, TrophyTable.POINTS.times(3)))).isEqualTo(1);

        assertThat(cup.points()).isEqualTo(10);
        Trophy current = trophies.get(cup.id()).orElseThrow();
        assertThat(current).isNotSameAs(cup).isEqualTo(new Trophy(cup.id(), "cup", 30));
        assertThat(trophies.query().where(TrophyTable.TITLE.eq("cup")).one()).isSameAs(current);
        assertThat(trophies.get(shield.id())).containsSame(shield);

        assertThat(trophies.query().where(TrophyTable.TITLE.eq("shield")).delete()).isEqualTo(1);
        assertThat(trophies.get(shield.id())).isEmpty();
        session.commit();

        // A record added in this session is followed through its Ref.
        Ref<Trophy> plate = session.add(new Trophy(null, "plate", 5));
        session.commit();
        trophies.query().where(TrophyTable.TITLE.eq("plate")).update(set(TrophyTable.POINTS, 6));
        assertThat(plate.get().points()).isEqualTo(6);
        trophies.query().where(TrophyTable.TITLE.eq("plate")).delete();
        session.commit();
      }
      try (Session session = database.openSession()) {
        assertThat(new TrophyDao(session).query().select(TrophyTable.TITLE, TrophyTable.POINTS).all())
            .containsExactly(new Row2<>("cup", 30));
      }
    });
  }

  /** Every athlete as "name team score bonus", by name, read with plain JDBC. */
  private static List<String> scores(String url) throws SQLException {
    try (Connection connection = Fixtures.jdbc(url);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT name, team, score, bonus FROM athlete ORDER BY name")) {
      List<String> lines = new ArrayList<>();
      while (rows.next()) {
        lines.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getInt(3) + " " + rows.getString(4));
      }
      return lines;
    }
  }
}
