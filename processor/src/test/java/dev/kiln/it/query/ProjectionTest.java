package dev.kiln.it.query;

import static dev.kiln.it.query.AthleteTable.BONUS;
import static dev.kiln.it.query.AthleteTable.ID;
import static dev.kiln.it.query.AthleteTable.NAME;
import static dev.kiln.it.query.AthleteTable.SCORE;
import static dev.kiln.it.query.AthleteTable.TEAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiln.Database;
import dev.kiln.error.NoResultException;
import dev.kiln.error.NonUniqueResultException;
import dev.kiln.query.Row2;
import dev.kiln.query.Row3;
import dev.kiln.query.Row4;
import dev.kiln.session.Session;
import dev.kiln.testing.TestDatabase;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** query.select(...): chosen columns as typed rows or the caller's records (see {@link Fixtures#athletes()}). */
class ProjectionTest {
  record Summary(String name, int score) {}

  record Line(String name, String team, int score, Integer bonus) {}

  private static void withAthletes(TestDatabase kind, Consumer<AthleteDao> check) {
    try (Database database = Fixtures.create(kind.freshUrl(), AthleteTable.TABLE)) {
      Fixtures.store(database, Fixtures.athletes());
      try (Session session = database.openSession()) {
        check.accept(new AthleteDao(session));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void twoColumnsComeBackAsTypedRows(TestDatabase kind) {
    withAthletes(kind, athletes -> {
      List<Row2<String, Integer>> rows =
          athletes.query().where(TEAM.eq("red")).orderBy(NAME.asc()).select(NAME, SCORE).all();
      assertThat(rows).containsExactly(new Row2<>("ann", 30), new Row2<>("bob", 10));
      String name = rows.get(0).first();
      int score = rows.get(0).second();
      assertThat(name + score).isEqualTo("ann30");
    });
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void rowsMapIntoTheCallersRecords(TestDatabase kind) {
    withAthletes(kind, athletes -> {
      List<Summary> summaries =
          athletes.query().where(SCORE.ge(40)).orderBy(SCORE.desc()).select(NAME, SCORE).map(row -> row.into(Summary::new)).all();
      assertThat(summaries).containsExactly(new Summary("eve", 50), new Summary("dee", 40));
      // Four columns, nulls included, into a record of four.
      List<Line> lines =
          athletes.query().where(NAME.in("bob", "cid")).orderBy(NAME.asc()).select(NAME, TEAM, SCORE, BONUS)
              .map(row -> row.into(Line::new)).all();
      assertThat(lines).containsExactly(new Line("bob", "red", 10, null), new Line("cid", "blue", 20, 25));
      assertThat(athletes.query().where(NAME.eq("eve")).select(NAME, TEAM, BONUS).one())
          .isEqualTo(new Row3<String, String, Integer>("eve", null, null));
      Row4<Integer, String, String, Integer> fay = athletes.query().where(NAME.eq("fay")).select(ID, NAME, TEAM, SCORE).one();
      assertThat(fay.second() + fay.third() + fay.fourth()).isEqualTo("faygreen20");
      // map() composes with first() and one() as with all().
      assertThat(athletes.query().orderBy(SCORE.asc()).select(NAME, SCORE).map(row -> row.into(Summary::new)).first())
          .contains(new Summary("bob", 10));
    });
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void oneColumnComesBackAsItsValues(TestDatabase kind) {
    withAthletes(kind, athletes -> {
      List<String> names = athletes.query().where(SCORE.le(20)).orderBy(NAME.desc()).select(NAME).all();
      assertThat(names).containsExactly("fay", "cid", "bob");
      List<Integer> bonuses = athletes.query().orderBy(NAME.asc()).select(BONUS).all();
      assertThat(bonuses).containsExactly(5, null, 25, 40, null, 10);
      Optional<String> best = athletes.query().orderBy(SCORE.desc()).select(NAME).first();
      assertThat(best).contains("eve");
      assertThat(athletes.query().where(SCORE.gt(100)).select(NAME).first()).isEmpty();
      int score = athletes.query().where(NAME.eq("dee")).select(SCORE).one();
      assertThat(score).isEqualTo(40);
    });
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void oneRequiresExactlyOneRow(TestDatabase kind) {
    withAthletes(kind, athletes -> {
      assertThatThrownBy(() -> athletes.query().where(SCORE.gt(100)).select(NAME, SCORE).one())
          .isInstanceOf(NoResultException.class);
      assertThatThrownBy(() -> athletes.query().where(SCORE.eq(20)).select(NAME).one())
          .isInstanceOf(NonUniqueResultException.class);
      // limit(1) makes a single row out of many.
      assertThat(athletes.query().where(SCORE.eq(20)).orderBy(NAME.asc()).limit(1).select(NAME).one()).isEqualTo("cid");
    });
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void projectionsSeeChangesTheSessionHasNotFlushedYet(TestDatabase kind) {
    withAthletes(kind, athletes -> {
      Athlete ann = athletes.query().where(NAME.eq("ann")).one();
      ann.score = 99;
      athletes.insert(new Athlete("gus", "red", 1, null));
      assertThat(athletes.query().where(TEAM.eq("red")).orderBy(SCORE.desc()).select(NAME, SCORE).all())
          .containsExactly(new Row2<>("ann", 99), new Row2<>("bob", 10), new Row2<>("gus", 1));
    });
  }
}
