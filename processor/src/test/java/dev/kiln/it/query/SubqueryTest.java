package dev.kiln.it.query;

import static dev.kiln.it.query.AthleteTable.NAME;
import static dev.kiln.it.query.AthleteTable.SCORE;
import static dev.kiln.it.query.AthleteTable.TEAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiln.Database;
import dev.kiln.query.Predicate;
import dev.kiln.session.Session;
import dev.kiln.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code in} and {@code notIn} over a subquery on another table, with parameters bound on both
 * sides of it in the right order.
 */
class SubqueryTest {
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void inAndNotInMatchTheValuesASubqueryOnAnotherTableReturns(TestDatabase kind) {
    try (Database database = Fixtures.create(kind.freshUrl(), AthleteTable.TABLE, TrophyTable.TABLE)) {
      Fixtures.store(database, Fixtures.athletes());
      Fixtures.store(
          database,
          List.of(new Trophy(null, "gold cup", 20), new Trophy(null, "gold star", 50), new Trophy(null, "tin", 30)));
      try (Session session = database.openSession()) {
        AthleteDao athletes = new AthleteDao(session);
        Predicate<Athlete> goldScore =
            SCORE.in(TrophyTable.TABLE.select(TrophyTable.POINTS).where(TrophyTable.TITLE.startsWith("gold")));

        assertThat(names(athletes, goldScore)).containsExactly("cid", "eve", "fay");
        // A parameter before and one after the subquery's own keep their places.
        assertThat(names(athletes, NAME.ne("cid").and(goldScore).and(TEAM.eq("green")))).containsExactly("fay");
        assertThat(
                names(athletes, SCORE.notIn(TrophyTable.TABLE.select(TrophyTable.POINTS).where(TrophyTable.POINTS.lt(40)))))
            .containsExactly("bob", "dee", "eve");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void subqueryOfSeveralValuesIsRefusedBeforeItRuns(TestDatabase kind) {
    try (Database database = Fixtures.create(kind.freshUrl(), AthleteTable.TABLE, TrophyTable.TABLE);
        Session session = database.openSession()) {
      AthleteDao athletes = new AthleteDao(session);
      Predicate<Athlete> twoColumns =
          SCORE.in(TrophyTable.TABLE.select(TrophyTable.POINTS, TrophyTable.TITLE).map(row -> row.first()));

      assertThatThrownBy(() -> athletes.query().where(twoColumns).all())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("one value");
    }
  }

  private static List<String> names(AthleteDao athletes, Predicate<Athlete> predicate) {
    return athletes.query().where(predicate).orderBy(NAME.asc()).all().stream().map(athlete -> athlete.name).toList();
  }
}
