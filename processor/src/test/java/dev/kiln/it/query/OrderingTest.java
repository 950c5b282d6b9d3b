package dev.kiln.it.query;

import static dev.kiln.it.query.AthleteTable.BONUS;
import static dev.kiln.it.query.AthleteTable.NAME;
import static dev.kiln.it.query.AthleteTable.SCORE;
import static dev.kiln.it.query.AthleteTable.TEAM;
import static dev.kiln.it.query.Fixtures.names;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.Database;
import dev.kiln.query.Order;
import dev.kiln.query.Row2;
import dev.kiln.session.Session;
import dev.kiln.testing.TestDatabase;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Sorting by several keys with nulls placed as asked, slicing, and distinct rows (see {@link Fixtures#athletes()}). */
class OrderingTest {
  private static void withAthletes(TestDatabase kind, Consumer<AthleteDao> check) {
    try (Database database = Fixtures.create(kind.freshUrl(), AthleteTable.TABLE)) {
      Fixtures.store(database, Fixtures.athletes());
      try (Session session = database.openSession()) {
        check.accept(new AthleteDao(session));
      }
    }
  }

  @SafeVarargs
  private static List<String> ordered(AthleteDao athletes, Order<Athlete>... keys) {
    return names(athletes.query().orderBy(keys).all());
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void laterKeysBreakTiesOfEarlierOnes(TestDatabase kind) {
    withAthletes(kind, athletes -> {
      assertThat(ordered(athletes, SCORE.asc(), NAME.desc())).containsExactly("bob", "fay", "cid", "ann", "dee", "eve");
      assertThat(ordered(athletes, SCORE.desc(), NAME.asc())).containsExactly("eve", "dee", "ann", "cid", "fay", "bob");
      assertThat(ordered(athletes, TEAM.asc().nullsLast(), SCORE.desc()))
          .containsExactly("dee", "cid", "fay", "ann", "bob", "eve");
      // orderBy() calls add keys rather than replacing them.
      assertThat(names(athletes.query().orderBy(TEAM.desc().nullsFirst()).orderBy(SCORE.asc()).all()))
          .containsExactly("eve", "bob", "ann", "fay", "cid", "dee");
    });
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void nullsFirstAndNullsLastPlaceNullsAsAskedInEitherDirection(TestDatabase kind) {
    withAthletes(kind, athletes -> {
      // bonus: ann 5, fay 10, cid 25, dee 40; bob and eve have none.
      assertThat(ordered(athletes, BONUS.asc().nullsFirst(), NAME.asc())).containsExactly("bob", "eve", "ann", "fay", "cid", "dee");
      assertThat(ordered(athletes, BONUS.asc().nullsLast(), NAME.asc())).containsExactly("ann", "fay", "cid", "dee", "bob", "eve");
      assertThat(ordered(athletes, BONUS.desc().nullsFirst(), NAME.asc())).containsExactly("bob", "eve", "dee", "cid", "fay", "ann");
      assertThat(ordered(athletes, BONUS.desc().nullsLast(), NAME.asc())).containsExactly("dee", "cid", "fay", "ann", "bob", "eve");
    });
  }

  /**
   * Without nullsFirst() or nullsLast() each dialect keeps its own default: PostgreSQL sorts nulls
   * as larger than any value (last ascending, first descending), SQLite as smaller.
   */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void theDefaultPlaceOfNullsIsTheDialects(TestDatabase kind) {
    withAthletes(kind, athletes -> {
      List<String> ascending = ordered(athletes, BONUS.asc(), NAME.asc());
      List<String> descending = ordered(athletes, BONUS.desc(), NAME.asc());
      if (kind == TestDatabase.POSTGRESQL) {
        assertThat(ascending).containsExactly("ann", "fay", "cid", "dee", "bob", "eve");
        assertThat(descending).containsExactly("bob", "eve", "dee", "cid", "fay", "ann");
      } else {
        assertThat(ascending).containsExactly("bob", "eve", "ann", "fay", "cid", "dee");
        assertThat(descending).containsExactly("dee", "cid", "fay", "ann", "bob", "eve");
      }
    });
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void limitAndOffsetSliceTheOrderedRows(TestDatabase kind) {
    withAthletes(kind, athletes -> {
      // By score then name: bob 10, cid 20, fay 20, ann 30, dee 40, eve 50.
      assertThat(names(byScore(athletes).limit(2).all())).containsExactly("bob", "cid");
      assertThat(names(byScore(athletes).limit(2).offset(2).all())).containsExactly("fay", "ann");
      assertThat(names(byScore(athletes).offset(4).all())).containsExactly("dee", "eve");
      assertThat(names(byScore(athletes).offset(5).limit(10).all())).containsExactly("eve");
      assertThat(byScore(athletes).offset(6).all()).isEmpty();
      assertThat(byScore(athletes).limit(0).all()).isEmpty();
      assertThat(byScore(athletes).offset(1).first()).map(athlete -> athlete.name).contains("cid");
      assertThat(byScore(athletes).limit(3).offset(2).count()).isEqualTo(3);
      // The same slice of projected values.
      assertThat(byScore(athletes).limit(3).offset(1).select(NAME).all()).containsExactly("cid", "fay", "ann");
    });
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void distinctDropsDuplicateProjectedRows(TestDatabase kind) {
    withAthletes(kind, athletes -> {
      assertThat(athletes.query().select(SCORE).distinct().orderBy(SCORE.asc()).all()).containsExactly(10, 20, 30, 40, 50);
      assertThat(athletes.query().select(TEAM).distinct().orderBy(TEAM.asc().nullsFirst()).all())
          .containsExactly(null, "blue", "green", "red");
      assertThat(athletes.query().select(SCORE).all()).hasSize(6);
      // Distinct compares whole projected rows: gus repeats ann's (red, 30), not bob's (red, 10).
      athletes.insert(new Athlete("gus", "red", 30, null));
      assertThat(athletes.query().where(TEAM.isNotNull()).select(TEAM, SCORE).all()).hasSize(6);
      assertThat(athletes.query().distinct().where(TEAM.isNotNull()).orderBy(TEAM.asc(), SCORE.asc()).select(TEAM, SCORE).all())
          .containsExactly(row("blue", 20), row("blue", 40), row("green", 20), row("red", 10), row("red", 30));
      // limit() applies after duplicates are dropped.
      assertThat(athletes.query().select(SCORE).distinct().orderBy(SCORE.desc()).limit(2).all()).containsExactly(50, 40);
    });
  }

  private static AthleteQuery byScore(AthleteDao athletes) {
    return athletes.query().orderBy(SCORE.asc(), NAME.asc());
  }

  private static Row2<String, Integer> row(String team, int score) {
    return new Row2<>(team, score);
  }
}
