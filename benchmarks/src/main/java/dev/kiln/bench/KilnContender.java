package dev.kiln.bench;

import dev.kiln.Database;
import dev.kiln.Session;
import java.util.List;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Kiln in its documented idiom: one {@link Database} for the application, a {@link Session} per
 * unit of work (here: per operation) in try-with-resources, the generated {@link ItemDao} and
 * {@link ItemQuery}. Closing the session ends its transaction and returns the connection, with
 * its statement cache, to the pool.
 */
@State(Scope.Thread)
public class KilnContender {
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
    try (Session session = database.openSession()) {
      return new ItemDao(session).get(id).orElse(null);
    }
  }

  /** W2. */
  public List<Item> range(long from, long to) {
    try (Session session = database.openSession()) {
      return new ItemDao(session)
          .query()
          .where(ItemTable.ID.ge(from), ItemTable.ID.lt(to))
          .orderBy(ItemTable.ID.asc())
          .all();
    }
  }

  /** W3. */
  public List<Item> filter(String category, int minQuantity) {
    try (Session session = database.openSession()) {
      return new ItemDao(session)
          .query()
          .filterByCategory(category)
          .where(ItemTable.QUANTITY.ge(minQuantity))
          .orderBy(ItemTable.QUANTITY.asc(), ItemTable.ID.asc())
          .limit(Filter.LIMIT)
          .all();
    }
  }
}
