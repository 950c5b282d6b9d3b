package dev.kiln.bench;

import static dev.kiln.query.Assignment.set;

import dev.kiln.Database;
import dev.kiln.session.Session;
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
 * its statement cache, to the pool. Writes are staged and made by {@code commit()}: {@code add}
 * and {@code addAll} insert and fill in the generated keys; a loaded object's changed columns are
 * updated (Kiln compares it with the values it was loaded with; an update by key that matches no
 * row fails the commit).
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
      return get(session, id);
    }
  }

  /** W1 in a read-only session, which tracks nothing. */
  public Item getReadOnly(long id) {
    try (Session session = database.openReadOnlySession()) {
      return get(session, id);
    }
  }

  private static Item get(Session session, long id) {
    return new ItemDao(session).get(id).orElse(null);
  }

  /** W2. */
  public List<Item> range(long from, long to) {
    try (Session session = database.openSession()) {
      return range(session, from, to);
    }
  }

  /** W2 in a read-only session. */
  public List<Item> rangeReadOnly(long from, long to) {
    try (Session session = database.openReadOnlySession()) {
      return range(session, from, to);
    }
  }

  private static List<Item> range(Session session, long from, long to) {
    return new ItemDao(session)
        .query()
        .where(ItemTable.ID.ge(from), ItemTable.ID.lt(to))
        .orderBy(ItemTable.ID.asc())
        .all();
  }

  /** W3. */
  public List<Item> filter(String category, int minQuantity) {
    try (Session session = database.openSession()) {
      return filter(session, category, minQuantity);
    }
  }

  /** W3 in a read-only session. */
  public List<Item> filterReadOnly(String category, int minQuantity) {
    try (Session session = database.openReadOnlySession()) {
      return filter(session, category, minQuantity);
    }
  }

  private static List<Item> filter(Session session, String category, int minQuantity) {
    return new ItemDao(session)
        .query()
        .filterByCategory(category)
        .where(ItemTable.QUANTITY.ge(minQuantity))
        .orderBy(ItemTable.QUANTITY.asc(), ItemTable.ID.asc())
        .limit(Filter.LIMIT)
        .all();
  }

  /** W4: the item, with its generated key. */
  public Item insert(Item item) {
    try (Session session = database.openSession()) {
      session.add(item);
      session.commit();
      return item;
    }
  }

  /** W5: the items, with their generated keys (or the keys they came with). */
  public List<Item> insertAll(List<Item> items) {
    try (Session session = database.openSession()) {
      session.addAll(items);
      session.commit();
      return items;
    }
  }

  /**
   * W6 read-modify-write: loads the item, adds one to its quantity and sets its note; the commit
   * writes the two changed columns.
   *
   * @return the item as written
   */
  public Item updateByKey(long id, String note) {
    try (Session session = database.openSession()) {
      Item item = new ItemDao(session).get(id).orElseThrow();
      item.quantity++;
      item.note = note;
      session.commit();
      return item;
    }
  }

  /**
   * W6 bulk update: adds one to the quantity of the rows with keys from {@code from} (inclusive)
   * to {@code to} (exclusive), in one statement.
   *
   * @return the number of rows updated
   */
  public int bulkUpdate(long from, long to) {
    try (Session session = database.openSession()) {
      int updated =
          new ItemDao(session)
              .query()
              .where(ItemTable.ID.ge(from), ItemTable.ID.lt(to))
              .update(set(ItemTable.QUANTITY, ItemTable.QUANTITY.plus(1)));
      session.commit();
      return updated;
    }
  }
}
