package dev.kiln.sample.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.Connection;
import dev.kiln.Database;
import dev.kiln.sample.Computer;
import dev.kiln.sample.ComputerDao;
import dev.kiln.sample.ComputerQuery;
import dev.kiln.sample.ComputerTable;
import dev.kiln.sample.UserTable;
import dev.kiln.testing.TestDatabase;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The web app started twice across a model change: a database made and filled by the first
 * release (schema version 1, before {@code Computer.introduced} existed) is brought to the current
 * models at the next start by the migration the processor wrote, keeping every row.
 */
class SchemaUpgradeTest {
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aDatabaseOfTheFirstReleaseGetsTheNewColumnAtStartAndKeepsEveryRow(TestDatabase kind) {
    try (Database db = Database.connect(kind.freshUrl())) {
      assertThat(db.migrate(db.migrations().upTo(1))).isEqualTo(1);
      fillAsTheFirstReleaseDid(db);

      assertThat(WebApp.upgradeSchema(db)).as("migrations applied at the next start").isEqualTo(1);

      Computer owned = computerNamed(db, "Commodore 64");
      assertThat(owned.memoryInGb()).isEqualTo(64);
      assertThat(owned.introduced()).isNull();
      String owner = db.transactionResult(session -> new ComputerDao(session).get(owned.id()).orElseThrow().owner().get().getUsername());
      assertThat(owner).isEqualTo("ada");
      assertThat(computerNamed(db, "Apple II").memoryInGb()).isNull();
      long computers = db.transactionResult(session -> new ComputerQuery(session).count());
      assertThat(computers).isEqualTo(2);

      db.transaction(session -> new ComputerDao(session).get(owned.id()).orElseThrow().setIntroduced(LocalDate.of(1982, 8, 1)));
      assertThat(computerNamed(db, "Commodore 64").introduced()).isEqualTo(LocalDate.of(1982, 8, 1));
      assertThat(WebApp.upgradeSchema(db)).as("migrations applied at a third start").isZero();
    }
  }

  /** Rows written with the first release's columns only, through the core layer. */
  private static void fillAsTheFirstReleaseDid(Database db) {
    try (Connection connection = db.openConnection()) {
      connection.execute(
          UserTable.TABLE.insert()
              .set(UserTable.ID, 7)
              .set(UserTable.USERNAME, "ada")
              .set(UserTable.EMAIL, "ada@example.com")
              .set(UserTable.JOINED_ON, LocalDateTime.of(2024, 1, 2, 3, 4, 5)));
      connection.execute(
          ComputerTable.TABLE.insert()
              .set(ComputerTable.NAME, "Commodore 64")
              .set(ComputerTable.MEMORY_IN_GB, 64)
              .set(ComputerTable.OWNER_ID, 7));
      connection.execute(ComputerTable.TABLE.insert().set(ComputerTable.NAME, "Apple II"));
    }
  }

  private static Computer computerNamed(Database db, String name) {
    return db.transactionResult(session -> new ComputerQuery(session).where(ComputerTable.NAME.eq(name)).one());
  }
}
