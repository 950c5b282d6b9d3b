package dev.kiln.bench;

import dev.kiln.Connection;
import dev.kiln.Database;
import java.util.List;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Kiln's core layer, for reads: the generated {@link ItemTable}'s statements run on a {@link
 * Connection} from the same {@link Database}, one per operation, each statement committing on its
 * own. Rows come back as plain objects with no session around them: no identity map and no change
 * tracking. Beside {@link KilnContender} it shows what Kiln's mapping costs and what its unit of
 * work adds.
 */
@State(Scope.Thread)
public class KilnCoreContender {
  private Database database;

  @Setup(Level.Trial)
  public void setUp(Fixture fixture) {
    database = Database.connect(fixture.kilnUrl, List.of(ItemTable.TABLE));
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    database.close();
  }

  /** W1. */
  public Item get(long id) {
    try (Connection connection = database.openConnection()) {
      return connection.execute(ItemTable.TABLE.select().where(ItemTable.ID.eq(id))).first().orElse(null);
    }
  }

  /** W2. */
  public List<Item> range(long from, long to) {
    try (Connection connection = database.openConnection()) {
      return connection
          .execute(
              ItemTable.TABLE
                  .select()
                  .where(ItemTable.ID.ge(from), ItemTable.ID.lt(to))
                  .orderBy(ItemTable.ID.asc()))
          .all();
    }
  }

  /** W3. */
  public List<Item> filter(String category, int minQuantity) {
    try (Connection connection = database.openConnection()) {
      return connection
          .execute(
              ItemTable.TABLE
                  .select()
                  .where(ItemTable.CATEGORY.eq(category), ItemTable.QUANTITY.ge(minQuantity))
                  .orderBy(ItemTable.QUANTITY.asc(), ItemTable.ID.asc())
                  .limit(Filter.LIMIT))
          .all();
    }
  }
}
