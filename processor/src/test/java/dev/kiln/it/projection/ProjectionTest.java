package dev.kiln.it.projection;

import static dev.kiln.it.projection.HeroTable.NAME;
import static dev.kiln.it.projection.HeroTable.POWER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.Connection;
import dev.kiln.Database;
import dev.kiln.session.Session;
import dev.kiln.testing.TestDatabase;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code @Projection} records, generated and checked at compile time, read the rows they name. */
class ProjectionTest {
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void queryReadsOnlyTheProjectionsColumnsInComponentOrder(TestDatabase kind) {
    try (Database db = Database.connect(kind.freshUrl(), List.of(HeroTable.TABLE))) {
      db.createAll();
      try (Session session = db.openSession()) {
        HeroDao heroes = new HeroDao(session);
        heroes.insert(new Hero("ada", 9, new BigDecimal("1234.50")));
        heroes.insert(new Hero("bo", 3, new BigDecimal("10.05")));
        session.commit();

        assertThat(heroes.query().where(POWER.gt(5)).selectCard().all()).containsExactly(new Hero.Card("ada", 9));
        assertThat(heroes.query().orderBy(NAME.desc()).selectPayslip().all())
            .containsExactly(
                new Hero.Payslip(new BigDecimal("10.05"), "bo"), new Hero.Payslip(new BigDecimal("1234.50"), "ada"));
      }
      try (Connection connection = db.openConnection()) {
        assertThat(connection.execute(HeroTable.selectCard().where(NAME.eq("bo"))).one())
            .isEqualTo(new Hero.Card("bo", 3));
      }
    }
  }
}
