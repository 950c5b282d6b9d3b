package dev.kiln.bench;

import dev.kiln.Database;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The {@code item} table with {@code tableRows} rows, in a database made once per trial ({@link
 * BenchDatabase}) and shared by every contender of W1 to W6.
 *
 * <p>The table is created by Kiln's {@code createAll()} and the rows are written by plain JDBC in
 * Kiln's storage formats, so every contender reads the same columns of the same types. Row
 * {@code i} (keys 1 to {@code tableRows}) has the values {@link #expected(long)} gives.
 *
 * <p>Rows the write workloads add get keys from two generators that never meet: the table's own
 * (PostgreSQL's identity column, moved past the loaded keys; SQLite's rowid, one more than the
 * largest key present) for Kiln, JDBC and jOOQ, and Hibernate's {@code item_hibernate_seq} from
 * {@link #HIBERNATE_FIRST_KEY} on. JMH runs one contender per trial, on a fixture of its own; the
 * smoke test runs all four on one table, deleting the added rows after each ({@link
 * #deleteAddedRows}), as JMH does after each iteration. That deletion matters on SQLite only: a
 * rowid after one of Hibernate's rows would land in the block of keys Hibernate holds.
 */
@State(Scope.Benchmark)
public class Fixture extends BenchDatabase {
  static final String SCHEMA = "kiln_bench";
  /** Kiln's SQLite text format for a LocalDateTime (fixed width, microseconds). */
  static final DateTimeFormatter SQLITE_TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
  private static final LocalDateTime EPOCH = LocalDateTime.of(2026, 1, 1, 0, 0);
  static final int CATEGORIES = 50;
  /**
   * The first key Hibernate hands out: far above any key the table's own generator reaches in a
   * run (at most some millions of inserts), so that the two never hand out the same key.
   */
  static final long HIBERNATE_FIRST_KEY = 1_000_000_000L;

  @Param({"100000"})
  public int tableRows;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    open(SCHEMA);
    try (Database database = Database.connect(kilnUrl, List.of(ItemTable.TABLE))) {
      database.createAll();
    }
    load();
  }

  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    close();
  }

  /** The values of row {@code id}. */
  static Item expected(long id) {
    return new Item(
        id,
        "item-" + id,
        category(id),
        BigDecimal.valueOf(id % 100_000, 2),
        (int) (id % 1000),
        id * 0.25,
        id % 3 != 0,
        EPOCH.plusSeconds(id * 37),
        UUID.nameUUIDFromBytes(("item-" + id).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString(),
        id % 10 == 0 ? null : "note for item " + id);
  }

  /**
   * Values for {@code count} new rows, keyless: those of rows 1 to {@code count}. Made before the
   * measurement, so that computing them (a UUID each) is not measured; a workload copies them into
   * new objects ({@link Item#withoutKey()}) for every insert.
   */
  static Item[] newRows(int count) {
    Item[] rows = new Item[count];
    for (int i = 0; i < count; i++) {
      rows[i] = expected(i + 1).withoutKey();
    }
    return rows;
  }

  /**
   * Binds every column but the key, from {@code index} on, in Kiln's storage formats (on SQLite the
   * decimal and the timestamp as text), in the order of {@link JdbcContender#COLUMNS}.
   */
  static void bindValues(PreparedStatement statement, int index, Item item, boolean sqlite)
      throws SQLException {
    statement.setString(index, item.name);
    statement.setString(index + 1, item.category);
    if (sqlite) {
      statement.setString(index + 2, item.price.toString());
    } else {
      statement.setBigDecimal(index + 2, item.price);
    }
    statement.setInt(index + 3, item.quantity);
    statement.setDouble(index + 4, item.weight);
    statement.setBoolean(index + 5, item.active);
    if (sqlite) {
      statement.setString(index + 6, SQLITE_TIMESTAMP.format(item.created));
    } else {
      statement.setObject(index + 6, item.created);
    }
    statement.setString(index + 7, item.code);
    statement.setString(index + 8, item.note);
  }

  /**
   * Deletes the rows the insert workloads (W4, W5) added, the keys above {@code tableRows}, and
   * vacuums, so that the next iteration inserts into the table as loaded. Plain JDBC; the
   * workloads call it after each iteration, outside the measured time.
   */
  void deleteAddedRows() throws SQLException {
    try (Connection c = connect();
        PreparedStatement delete = c.prepareStatement("DELETE FROM item WHERE id > ?")) {
      delete.setLong(1, tableRows);
      delete.executeUpdate();
      c.commit();
    }
    vacuum();
  }

  /**
   * On PostgreSQL, {@code VACUUM item}: reclaims the row versions that updates and deletes left,
   * so that they do not pile up from one iteration to the next (and autovacuum has less to do in
   * the measured time). SQLite reuses freed pages by itself.
   */
  void vacuum() throws SQLException {
    if (sqlite()) {
      return;
    }
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      c.setAutoCommit(true);
      s.execute("VACUUM item");
    }
  }

  static String category(long id) {
    return "cat-" + (id % CATEGORIES);
  }

  /** Keys 1 to n in a random order, fixed by the seed. */
  static long[] shuffledKeys(int n, long seed) {
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      keys[i] = i + 1;
    }
    Random random = new Random(seed);
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      long t = keys[i];
      keys[i] = keys[j];
      keys[j] = t;
    }
    return keys;
  }

  private void load() throws SQLException {
    String sql =
        "INSERT INTO item (id, name, category, price, quantity, weight, active, created, code, note)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    try (Connection c = connect();
        PreparedStatement insert = c.prepareStatement(sql)) {
      for (long id = 1; id <= tableRows; id++) {
        Item item = expected(id);
        insert.setLong(1, item.id);
        bindValues(insert, 2, item, sqlite());
        insert.addBatch();
        if (id % 1000 == 0) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
      try (Statement s = c.createStatement()) {
        // Hibernate's pooled optimizer takes a value of its sequence as the last key of a block
        // of ALLOCATION_SIZE keys: this one makes its first block start at HIBERNATE_FIRST_KEY.
        long firstHibernateValue = HIBERNATE_FIRST_KEY + HibernateItem.ALLOCATION_SIZE - 1;
        if (sqlite()) {
          // SQLite has no sequences: Hibernate then emulates one with a one-row table, whose
          // next_val it reads and moves on by ALLOCATION_SIZE in a transaction of its own.
          s.execute("CREATE TABLE item_hibernate_seq (next_val BIGINT)");
          s.execute("INSERT INTO item_hibernate_seq (next_val) VALUES (" + firstHibernateValue + ")");
        } else {
          s.execute("CREATE SEQUENCE item_hibernate_seq START WITH " + firstHibernateValue
              + " INCREMENT BY " + HibernateItem.ALLOCATION_SIZE);
          // The identity column hands out keys after the loaded ones.
          s.execute("SELECT setval(pg_get_serial_sequence('item', 'id'), " + tableRows + ")");
        }
      }
      c.commit();
      try (Statement s = c.createStatement()) {
        if (!sqlite()) {
          c.setAutoCommit(true);
          s.execute("VACUUM ANALYZE item");
        }
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM item")) {
          rs.next();
          if (rs.getLong(1) != tableRows) {
            throw new IllegalStateException("loaded " + rs.getLong(1) + " rows, not " + tableRows);
          }
        }
      }
    }
  }
}
