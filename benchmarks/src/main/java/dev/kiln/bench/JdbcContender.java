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
 * Hand-written JDBC, the physical limit: one connection per thread, each statement prepared once
 * and reused, columns read by index, one transaction per operation (commit after the read, as
 * each ORM ends its unit of work).
 */
@State(Scope.Thread)
public class JdbcContender {
  static final String COLUMNS =
      "id, name, category, price, quantity, weight, active, created, code, note";

  private Connection connection;
  private boolean sqlite;
  private PreparedStatement byKey;
  private PreparedStatement range;
  private PreparedStatement filter;

  @Setup(Level.Trial)
  public void setUp(Fixture fixture) throws SQLException {
    sqlite = fixture.sqlite();
    connection = fixture.connect();
    byKey = connection.prepareStatement("SELECT " + COLUMNS + " FROM item WHERE id = ?");
    range =
        connection.prepareStatement(
            "SELECT " + COLUMNS + " FROM item WHERE id >= ? AND id < ? ORDER BY id");
    filter =
        connection.prepareStatement(
            "SELECT " + COLUMNS + " FROM item WHERE category = ? AND quantity >= ?"
                + " ORDER BY quantity, id LIMIT " + Filter.LIMIT);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws SQLException {
    connection.close();
  }

  /** W1. */
  public Item get(long id) throws SQLException {
    byKey.setLong(1, id);
    Item item = null;
    try (ResultSet rs = byKey.executeQuery()) {
      if (rs.next()) {
        item = read(rs);
      }
    }
    connection.commit();
    return item;
  }

  /** W2: rows with keys from {@code from} (inclusive) to {@code to} (exclusive), by key. */
  public List<Item> range(long from, long to) throws SQLException {
    range.setLong(1, from);
    range.setLong(2, to);
    List<Item> items = new ArrayList<>((int) (to - from));
    try (ResultSet rs = range.executeQuery()) {
      while (rs.next()) {
        items.add(read(rs));
      }
    }
    connection.commit();
    return items;
  }

  /** W3. */
  public List<Item> filter(String category, int minQuantity) throws SQLException {
    filter.setString(1, category);
    filter.setInt(2, minQuantity);
    List<Item> items = new ArrayList<>(Filter.LIMIT);
    try (ResultSet rs = filter.executeQuery()) {
      while (rs.next()) {
        items.add(read(rs));
      }
    }
    connection.commit();
    return items;
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
