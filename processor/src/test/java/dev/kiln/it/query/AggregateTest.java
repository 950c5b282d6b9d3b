package dev.kiln.it.query;

import static dev.kiln.it.query.AthleteTable.BONUS;
import static dev.kiln.it.query.AthleteTable.NAME;
import static dev.kiln.it.query.AthleteTable.SCORE;
import static dev.kiln.it.query.AthleteTable.TEAM;
import static dev.kiln.query.Aggregate.countRows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.kiln.Database;
import dev.kiln.error.InvalidValueException;
import dev.kiln.query.Aggregate;
import dev.kiln.query.Row2;
import dev.kiln.query.Row4;
import dev.kiln.session.Session;
import dev.kiln.testing.TestDatabase;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * count, countDistinct, sum, avg, min, max and countRows, whole-table and grouped, with exact values
 * (see {@link Fixtures#athletes()}: scores 30, 10, 20, 40, 50, 20; bonuses 5, 25, 40, 10 and two nulls).
 */
class AggregateTest {
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
  void aggregatesOverTheWholeTableHaveExactValues(TestDatabase kind) {
    withAthletes(kind, athletes -> {
      long rows = athletes.query().select(countRows()).one();
      assertThat(rows).isEqualTo(6);
      // count(x) skips nulls; countDistinct also skips repeats.
      assertThat(athletes.query().select(BONUS.count()).one()).isEqualTo(4L);
      assertThat(athletes.query().select(TEAM.count(), TEAM.countDistinct()).one()).isEqualTo(new Row2<>(5L, 3L));
      assertThat(athletes.query().select(SCORE.countDistinct()).one()).isEqualTo(5L);
      Row4<Integer, Double, Integer, Integer> stats =
          athletes.query().select(SCORE.sum(), SCORE.avg(), SCORE.min(), SCORE.max()).one();
      assertThat(stats.first()).isEqualTo(170);
      assertThat(stats.second()).isCloseTo(170.0 / 6, within(1e-12));
      assertThat(stats.third()).isEqualTo(10);
      assertThat(stats.fourth()).isEqualTo(50);
      // Nulls are left out of sum and avg: (5 + 25 + 40 + 10) / 4.
      assertThat(athletes.query().select(BONUS.sum(), BONUS.avg()).one()).isEqualTo(new Row2<>(80, 20.0));
      assertThat(athletes.query().select(NAME.min(), NAME.max()).one()).isEqualTo(new Row2<>("ann", "fay"));
    });
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aggregatesRespectTheWhereClause(TestDatabase kind) {
    withAthletes(kind, athletes -> {
      assertThat(athletes.query().where(TEAM.eq("blue")).select(countRows(), SCORE.sum()).one()).isEqualTo(new Row2<>(2L, 60));
      // Over no rows: count is 0, the others are null.
      assertThat(athletes.query().where(SCORE.gt(100)).select(countRows(), SCORE.sum(), SCORE.avg(), SCORE.max()).one())
          .isEqualTo(new Row4<Long, Integer, Double, Integer>(0L, null, null, null));
    });
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void groupByGivesOneTypedRowPerGroup(TestDatabase kind) {
    withAthletes(kind, athletes -> {
      List<Row4<String, Long, Integer, Double>> teams =
          athletes.query().select(TEAM, countRows(), SCORE.sum(), SCORE.avg()).groupBy(TEAM)
              .orderBy(TEAM.asc().nullsLast()).all();
      assertThat(teams)
          .containsExactly(
              new Row4<>("blue", 2L, 60, 30.0),
              new Row4<>("green", 1L, 20, 20.0),
              new Row4<>("red", 2L, 40, 20.0),
              new Row4<String, Long, Integer, Double>(null, 1L, 50, 50.0));
      // Groups ordered by an aggregate, with min and max per group.
      assertThat(athletes.query().where(TEAM.isNotNull()).select(TEAM, SCORE.max()).groupBy(TEAM)
              .orderBy(SCORE.max().desc()).all())
          .containsExactly(new Row2<>("blue", 40), new Row2<>("red", 30), new Row2<>("green", 20));
      assertThat(athletes.query().select(SCORE, NAME.min()).groupBy(SCORE).orderBy(SCORE.asc()).all())
          .containsExactly(
              new Row2<>(10, "bob"), new Row2<>(20, "cid"), new Row2<>(30, "ann"), new Row2<>(40, "dee"), new Row2<>(50, "eve"));
    });
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void havingKeepsOnlyTheGroupsThatMatch(TestDatabase kind) {
    withAthletes(kind, athletes -> {
      // countRows() names no column, so its model is inferred only from a target type: as a
      // receiver (countRows().ge(2L)) it would be Object, and having() would not take it.
      Aggregate<Athlete, Long> rows = countRows();
      assertThat(athletes.query().select(TEAM, rows).groupBy(TEAM).having(rows.ge(2L))
              .orderBy(TEAM.asc()).all())
          .containsExactly(new Row2<>("blue", 2L), new Row2<>("red", 2L));
      assertThat(athletes.query().select(TEAM, SCORE.sum()).groupBy(TEAM).having(SCORE.sum().gt(45))
              .orderBy(SCORE.sum().asc()).all())
          .containsExactly(new Row2<String, Integer>(null, 50), new Row2<>("blue", 60));
      // where filters rows before grouping, having filters groups after: blue without dee is 20.
      assertThat(athletes.query().where(NAME.ne("dee")).select(TEAM, SCORE.sum()).groupBy(TEAM)
              .having(SCORE.sum().between(20, 40), TEAM.isNotNull()).orderBy(TEAM.asc()).all())
          .containsExactly(new Row2<>("blue", 20), new Row2<>("green", 20), new Row2<>("red", 40));
      assertThat(athletes.query().select(TEAM, SCORE.avg()).groupBy(TEAM).having(SCORE.avg().gt(25.0).or(rows.eq(1L)))
              .orderBy(TEAM.asc().nullsFirst()).all())
          .containsExactly(new Row2<String, Double>(null, 50.0), new Row2<>("blue", 30.0), new Row2<>("green", 20.0));
    });
  }

  /**
   * A sum is read as its column's type, so one past that type's range fails rather than wrapping.
   * A read that fails outside a transaction changes nothing: the session goes on.
   */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aSumBeyondTheColumnsTypeFailsToReadRatherThanWrapping(TestDatabase kind) {
    try (Database database = Fixtures.create(kind.freshUrl(), AthleteTable.TABLE)) {
      Fixtures.store(database, Fixtures.athletes());
      Fixtures.store(database, List.of(new Athlete("max", null, Integer.MAX_VALUE, null)));
      try (Session session = database.openSession()) {
        AthleteDao athletes = new AthleteDao(session);
        assertThatThrownBy(() -> athletes.query().select(SCORE.sum()).one())
            .isInstanceOf(InvalidValueException.class)
            .hasMessageContaining("2147483817");
        assertThat(athletes.query().where(NAME.ne("max")).select(SCORE.sum()).one()).isEqualTo(170);
      }
    }
  }
}
