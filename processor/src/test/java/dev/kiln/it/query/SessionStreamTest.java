package dev.kiln.it.query;

import static dev.kiln.it.query.AthleteTable.NAME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiln.Database;
import dev.kiln.session.Session;
import dev.kiln.testing.TestDatabase;
import java.util.Iterator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A session's stream reads through a cursor of the session's transaction, so committing while it
 * is open would end the cursor under it: the commit is refused until the stream is closed.
 */
class SessionStreamTest {
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void commitWaitsForTheOpenStreamToBeClosed(TestDatabase kind) {
    try (Database database = Fixtures.create(kind.freshUrl(), AthleteTable.TABLE);
        Session session = database.openSession()) {
      Fixtures.store(database, Fixtures.athletes());
      AthleteDao athletes = new AthleteDao(session);

      try (Stream<Athlete> stream = athletes.query().orderBy(NAME.asc()).stream()) {
        Iterator<Athlete> rows = stream.iterator();
        assertThat(rows.next().name).isEqualTo("ann");
        assertThatThrownBy(session::commit)
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("Close the open stream");
        // Reading on after the refused commit still works: nothing was ended.
        assertThat(rows.next().name).isEqualTo("bob");
      }

      athletes.query().filterByName("ann").one().score = 99;
      session.commit();
      try (Session fresh = database.openSession()) {
        assertThat(new AthleteDao(fresh).query().filterByName("ann").one().score).isEqualTo(99);
      }
    }
  }
}
