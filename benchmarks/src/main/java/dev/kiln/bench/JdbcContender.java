package dev.kiln.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Hand-written JDBC, the physical limit: each statement prepared once and reused, columns read and
 * bound by index. Reads run as a careful programmer runs them, in autocommit: one round trip, no
 * transaction to end. Writes run on a second connection of the thread, one transaction per
 * operation. The reads of the earlier baseline, each in a transaction of its own ended by a commit
 * (the extra round trip Kiln's sessions paid before issue 22), remain as the labelled second row
 * {@code jdbcTransactionPerRead}.
 *
 * <p>Generated keys (W4, W5) come back the way each driver returns them correctly. pgjdbc: the
 * insert is prepared with the key column's name ({@code prepareStatement(sql, new String[]
 * {"id"})}), so that the driver appends {@code RETURNING "id"} itself, and {@code
 * getGeneratedKeys()} reads them, after {@code executeUpdate} or after a plain {@code
 * executeBatch} alike (one key per row, in order). sqlite-jdbc: {@code getGeneratedKeys()} runs a
 * {@code SELECT last_insert_rowid()} of its own, one key at most, and returns no row at all after
 * {@code executeBatch}; so the insert carries {@code RETURNING id} (SQLite 3.35+) and is run with
 * {@code executeQuery}, once per row for a batch too. That is what sqlite-jdbc's {@code
 * executeBatch} does as well (a loop stepping the one statement): in-process, there is no round
 * trip for a batch to save.
 */
@State(Scope.Thread)
public class JdbcContender {
  static final String COLUMNS =
      "id, name, category, price, quantity, weight, active, created, code, note";
  static final String INSERT =
      "INSERT INTO item (name, category, price, quantity, weight, active, created, code, note)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

  /** The statements of the three reads, prepared on one connection. */
  private record Reads(PreparedStatement byKey, PreparedStatement range, PreparedStatement filter) {
    static Reads prepare(Connection connection) throws SQLException {
      return new Reads(
          connection.prepareStatement("SELECT " + COLUMNS + " FROM item WHERE id = ?"),
          connection.prepareStatement("SELECT " + COLUMNS + " FROM item WHERE id >= ? AND id < ? ORDER BY id"),
          connection.prepareStatement(
              "SELECT " + COLUMNS + " FROM item WHERE category = ? AND quantity >= ?"
                  + " ORDER BY quantity, id LIMIT " + Filter.LIMIT));
    }
  }

  /** Autocommit off: writes, and the transaction-per-read row. */
  private Connection connection;
  /** Autocommit on: the reads. */
  private Connection reader;
  private boolean sqlite;
  private Reads autocommitReads;
  private Reads transactionReads;
  private PreparedStatement insert;
  private PreparedStatement insertWithKey;
  private PreparedStatement updateQuantityAndNote;
  private PreparedStatement incrementQuantities;

  @Setup(Level.Trial)
  public void setUp(Fixture fixture) throws SQLException {
    sqlite = fixture.sqlite();
    connection = fixture.connect();
    reader = fixture.connect();
    reader.setAutoCommit(true);
    autocommitReads = Reads.prepare(reader);
    transactionReads = Reads.prepare(connection);
    insert =
        sqlite
            ? connection.prepareStatement(INSERT + " RETURNING id")
            : connection.prepareStatement(INSERT, new String[] {"id"});
    insertWithKey =
        connection.prepareStatement(
            "INSERT INTO item (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    updateQuantityAndNote =
        connection.prepareStatement("UPDATE item SET quantity = ?, note = ? WHERE id = ?");
    incrementQuantities =
        connection.prepareStatement(
            "UPDATE item SET quantity = quantity + 1 WHERE id >= ? AND id < ?");
  }

  @TearDown(Level.Trial)
  public void tearDown() throws SQLException {
    connection.close();
    reader.close();
  }

  /** W1, in autocommit. */
  public Item get(long id) throws SQLException {
    return get(autocommitReads, id);
  }

  /** W1 in a transaction of its own, committed. */
  public Item getPerTransaction(long id) throws SQLException {
    Item item = get(transactionReads, id);
    connection.commit();
    return item;
  }

  /** W2, in autocommit: rows with keys from {@code from} (inclusive) to {@code to} (exclusive), by key. */
  public List<Item> range(long from, long to) throws SQLException {
    return range(autocommitReads, from, to);
  }

  /** W2 in a transaction of its own, committed. */
  public List<Item> rangePerTransaction(long from, long to) throws SQLException {
    List<Item> items = range(transactionReads, from, to);
    connection.commit();
    return items;
  }

  /** W3, in autocommit. */
  public List<Item> filter(String category, int minQuantity) throws SQLException {
    return filter(autocommitReads, category, minQuantity);
  }

  /** W3 in a transaction of its own, committed. */
  public List<Item> filterPerTransaction(String category, int minQuantity) throws SQLException {
    List<Item> items = filter(transactionReads, category, minQuantity);
    connection.commit();
    return items;
  }

  private Item get(Reads reads, long id) throws SQLException {
    reads.byKey().setLong(1, id);
    try (ResultSet rs = reads.byKey().executeQuery()) {
      return rs.next() ? read(rs) : null;
    }
  }

  private List<Item> range(Reads reads, long from, long to) throws SQLException {
    reads.range().setLong(1, from);
    reads.range().setLong(2, to);
    List<Item> items = new ArrayList<>((int) (to - from));
    try (ResultSet rs = reads.range().executeQuery()) {
      while (rs.next()) {
        items.add(read(rs));
      }
    }
    return items;
  }

  private List<Item> filter(Reads reads, String category, int minQuantity) throws SQLException {
    reads.filter().setString(1, category);
    reads.filter().setInt(2, minQuantity);
    List<Item> items = new ArrayList<>(Filter.LIMIT);
    try (ResultSet rs = reads.filter().executeQuery()) {
      while (rs.next()) {
        items.add(read(rs));
      }
    }
    return items;
  }

  /** W4: inserts the item and sets its generated key (null if none came back). */
  public Item insert(Item item) throws SQLException {
    Fixture.bindValues(insert, 1, item, sqlite);
    if (sqlite) {
      item.id = insertReturningKey();
    } else {
      insert.executeUpdate();
      try (ResultSet key = insert.getGeneratedKeys()) {
        item.id = key.next() ? key.getLong(1) : null;
      }
    }
    connection.commit();
    return item;
  }

  /** W5: inserts the items in one transaction and sets their generated keys. */
  public List<Item> insertAll(List<Item> items) throws SQLException {
    if (sqlite) {
      for (Item item : items) {
        Fixture.bindValues(insert, 1, item, true);
        item.id = insertReturningKey();
      }
    } else {
      for (Item item : items) {
        Fixture.bindValues(insert, 1, item, false);
        insert.addBatch();
      }
      insert.executeBatch();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        for (Item item : items) {
          item.id = keys.next() ? keys.getLong(1) : null;
        }
      }
    }
    connection.commit();
    return items;
  }

  /**
   * W5 with keys the application assigned: one {@code executeBatch} in one transaction, no key
   * read back.
   */
  public List<Item> insertAllWithKeys(List<Item> items) throws SQLException {
    for (Item item : items) {
      insertWithKey.setLong(1, item.id);
      Fixture.bindValues(insertWithKey, 2, item, sqlite);
      insertWithKey.addBatch();
    }
    insertWithKey.executeBatch();
    connection.commit();
    return items;
  }

  /** SQLite: runs the bound {@code INSERT ... RETURNING id}. */
  private Long insertReturningKey() throws SQLException {
    // Closing the result set resets the statement, which SQLite needs before a commit.
    try (ResultSet key = insert.executeQuery()) {
      return key.next() ? key.getLong(1) : null;
    }
  }

  /**
   * W6 read-modify-write: reads the row, adds one to its quantity, sets its note and writes the
   * two columns back by key.
   *
   * @return the number of rows updated
   */
  public int updateByKey(long id, String note) throws SQLException {
    Item item = get(transactionReads, id);
    int updated = 0;
    if (item != null) {
      updateQuantityAndNote.setInt(1, item.quantity + 1);
      updateQuantityAndNote.setString(2, note);
      updateQuantityAndNote.setLong(3, id);
      updated = updateQuantityAndNote.executeUpdate();
    }
    connection.commit();
    return updated;
  }

  /**
   * W6 bulk update: adds one to the quantity of the rows with keys from {@code from} (inclusive)
   * to {@code to} (exclusive), in one statement.
   *
   * @return the number of rows updated
   */
  public int bulkUpdate(long from, long to) throws SQLException {
    incrementQuantities.setLong(1, from);
    incrementQuantities.setLong(2, to);
    int updated = incrementQuantities.executeUpdate();
    connection.commit();
    return updated;
  }

  private Item read(ResultSet rs) throws SQLException {
    Item item = new Item();
    item.id = rs.getLong(1);
    item.name = rs.getString(2);
    item.category = rs.getString(3);
    item.quantity = rs.getInt(5);
    item.weight = rs.getDouble(6);
    item.active = rs.getBoolean(7);
    if (sqlite) {
      // SQLite has no decimal or timestamp type: the table holds them as text.
      item.price = new BigDecimal(rs.getString(4));
      item.created = LocalDateTime.parse(rs.getString(8), Fixture.SQLITE_TIMESTAMP);
    } else {
      item.price = rs.getBigDecimal(4);
      item.created = rs.getObject(8, LocalDateTime.class);
    }
    item.code = rs.getString(9);
    item.note = rs.getString(10);
    return item;
  }
}
