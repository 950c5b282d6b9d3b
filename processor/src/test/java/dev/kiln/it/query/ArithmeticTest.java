package dev.kiln.it.query;

import static dev.kiln.it.query.AthleteTable.BONUS;
import static dev.kiln.it.query.AthleteTable.NAME;
import static dev.kiln.it.query.AthleteTable.SCORE;
import static dev.kiln.query.Assignment.set;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.Database;
import dev.kiln.session.Session;
import dev.kiln.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Arithmetic chains, in filters, aggregates and bulk updates, evaluated by the database. */
class ArithmeticTest {
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void arithmeticChainsInFiltersAggregatesAndUpdates(TestDatabase kind) {
    try (Database database = Fixtures.create(kind.freshUrl(), AthleteTable.TABLE)) {
      Fixtures.store(database, Fixtures.athletes());
      try (Session session = database.openSession()) {
        AthleteDao athletes = new AthleteDao(session);

        // (score + 4) / 2 > 20 keeps scores of 37 and more: dee 40, eve 50.
        assertThat(athletes.query().where(SCORE.plus(4).dividedBy(2).gt(20)).orderBy(NAME.asc()).all())
            .extracting(athlete -> athlete.name)
            .containsExactly("dee", "eve");
        // score + bonus, where both are set: ann 35, cid 45, dee 80, fay 30.
        assertThat(athletes.query().select(SCORE.plus(BONUS).sum()).one()).isEqualTo(190);

        athletes.query().where(NAME.eq("bob")).update(set(SCORE, SCORE.plus(1).times(2)));
        assertThat(athletes.query().filterByName("bob").one().score).isEqualTo(22);
      }
    }
  }
}
