package dev.kiln.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.testing.TestDatabase;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Runs every write benchmark method (W4 to W6) once, with small sizes, on each database, so that
 * none can rot; and checks with plain JDBC what each contender wrote: W4's row holds the values
 * inserted under the key returned, W5's rows are exactly those inserted under the keys returned,
 * and W6 changed exactly the rows asked, as asked, and nothing else. The four contenders write to
 * one table in turn; the rows an insert workload added are deleted after each contender, as JMH
 * deletes them after each iteration.
 */
class WriteBenchmarkSmokeTest {
  private static final int TABLE_ROWS = BenchmarkSmokeTest.TABLE_ROWS;
  /** SQLite's timestamp text as Kiln (six fraction digits) and jOOQ ({@code .0}) write it. */
  private static final DateTimeFormatter SQLITE_TEXT_TIMESTAMP =
      new DateTimeFormatterBuilder()
          .appendPattern("yyyy-MM-dd HH:mm:ss")
          .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
          .toFormatter();

  @ParameterizedTest
  @EnumSource(value = TestDatabase.class, names = {"SQLITE", "POSTGRESQL"}) // the benchmarks run on these two
  void everyWriteBenchmarkMethodRunsAndWritesExactlyWhatItWasAsked(TestDatabase database)
      throws Exception {
    Fixture fixture = BenchmarkSmokeTest.fixture(database);
    JdbcContender jdbc = new JdbcContender();
    KilnContender kiln = new KilnContender();
    HibernateContender hibernate = new HibernateContender();
    JooqContender jooq = new JooqContender();
    try {
      jdbc.setUp(fixture);
      kiln.setUp(fixture);
      hibernate.setUp(fixture);
      jooq.setUp(fixture);

      // W4: two inserts per contender, each with a new key, each row read back as written.
      InsertOne insertOne = new InsertOne();
      insertOne.setUp(fixture);
      assertInserted(fixture, insertOne, "jdbc", List.of(insertOne.jdbc(jdbc), insertOne.jdbc(jdbc)));
      assertInserted(fixture, insertOne, "kiln", List.of(insertOne.kiln(kiln), insertOne.kiln(kiln)));
      assertInserted(
          fixture,
          insertOne,
          "hibernate",
          List.of(insertOne.hibernate(hibernate).toItem(), insertOne.hibernate(hibernate).toItem()));
      assertInserted(fixture, insertOne, "jooq", List.of(insertOne.jooq(jooq), insertOne.jooq(jooq)));

      // W5: 100 rows, and 250, which jOOQ inserts in three statements, the last one shorter.
      for (int size : new int[] {100, 250}) {
        InsertBatch insertBatch = new InsertBatch();
        insertBatch.size = size;
        insertBatch.setUp(fixture);
        assertBatchInsertedObjects(fixture, insertBatch, "jdbc " + size, insertBatch.jdbc(jdbc));
        assertBatchInsertedObjects(fixture, insertBatch, "kiln " + size, insertBatch.kiln(kiln));
        assertBatchInsertedObjects(
            fixture,
            insertBatch,
            "hibernate " + size,
            insertBatch.hibernate(hibernate).stream().map(HibernateItem::toItem).toList());
        assertBatchInserted(fixture, insertBatch, "jooq " + size, insertBatch.jooq(jooq));
      }

      // W5 with assigned keys: two calls per contender, every row under the key its object carried.
      InsertAssigned insertAssigned = new InsertAssigned();
      insertAssigned.size = 300;
      insertAssigned.setUp(fixture);
      assertAssignedInserted(fixture, insertAssigned, "jdbc", insertAssigned.jdbc(jdbc), insertAssigned.jdbc(jdbc));
      assertAssignedInserted(fixture, insertAssigned, "kiln", insertAssigned.kiln(kiln), insertAssigned.kiln(kiln));

      // W6 read-modify-write: one row changed, its quantity by one and its note.
      UpdateByKey updateByKey = new UpdateByKey();
      updateByKey.setUp(fixture);
      Map<Long, Item> before = rows(fixture, "");
      assertThat(updateByKey.jdbc(jdbc)).isEqualTo(1);
      before = assertUpdatedByKey(fixture, before, "jdbc", null);
      Item kilnUpdated = updateByKey.kiln(kiln);
      before = assertUpdatedByKey(fixture, before, "kiln", kilnUpdated.id);
      HibernateItem hibernateUpdated = updateByKey.hibernate(hibernate);
      before = assertUpdatedByKey(fixture, before, "hibernate", hibernateUpdated.id);
      assertThat(updateByKey.jooq(jooq)).isEqualTo(1);
      before = assertUpdatedByKey(fixture, before, "jooq", null);

      // W6 bulk update: 1,000 consecutive rows changed, their quantities by one.
      BulkUpdate bulkUpdate = new BulkUpdate();
      bulkUpdate.setUp(fixture);
      assertThat(bulkUpdate.jdbc(jdbc)).isEqualTo(BulkUpdate.ROWS);
      before = assertBulkUpdated(fixture, before, "jdbc");
      assertThat(bulkUpdate.kiln(kiln)).isEqualTo(BulkUpdate.ROWS);
      before = assertBulkUpdated(fixture, before, "kiln");
      assertThat(bulkUpdate.hibernate(hibernate)).isEqualTo(BulkUpdate.ROWS);
      before = assertBulkUpdated(fixture, before, "hibernate");
      assertThat(bulkUpdate.jooq(jooq)).isEqualTo(BulkUpdate.ROWS);
      assertBulkUpdated(fixture, before, "jooq");
      updateByKey.vacuum(fixture);
      bulkUpdate.vacuum(fixture);
    } finally {
      jooq.tearDown();
      hibernate.tearDown();
      kiln.tearDown();
      jdbc.tearDown();
      fixture.tearDown();
    }
  }

  /** The rows added are exactly the ones inserted, as inserted; then the iteration's cleanup. */
  private static void assertInserted(
      Fixture fixture, InsertOne insertOne, String contender, List<Item> inserted)
      throws SQLException {
    Map<Long, Item> added = rows(fixture, "WHERE id > " + TABLE_ROWS);
    assertThat(added.values()).as(contender).containsExactlyInAnyOrderElementsOf(inserted);
    insertOne.deleteAddedRows(fixture);
    assertThat(rows(fixture, "WHERE id > " + TABLE_ROWS)).as(contender).isEmpty();
  }

  /**
   * The rows added have the keys returned and are, keys aside, the workload's new rows. Then the
   * iteration's cleanup.
   */
  private static void assertBatchInserted(
      Fixture fixture, InsertBatch insertBatch, String contender, List<Long> keys)
      throws SQLException {
    Map<Long, Item> added = rows(fixture, "WHERE id > " + TABLE_ROWS);
    assertThat(keys).as(contender).hasSize(added.size());
    assertThat(new HashSet<>(keys)).as(contender).isEqualTo(added.keySet());
    Comparator<Item> byName = Comparator.comparing(item -> item.name);
    assertThat(added.values().stream().map(Item::withoutKey).sorted(byName).toList())
        .as(contender)
        .isEqualTo(Arrays.stream(Fixture.newRows(insertBatch.size)).sorted(byName).toList());
    insertBatch.deleteAddedRows(fixture);
    assertThat(rows(fixture, "WHERE id > " + TABLE_ROWS)).as(contender).isEmpty();
  }

  /** W5 with assigned keys: exactly the rows of both calls were added, each as its object says. */
  private static void assertAssignedInserted(
      Fixture fixture, InsertAssigned insertAssigned, String contender, List<Item> first, List<Item> second)
      throws SQLException {
    Map<Long, Item> added = rows(fixture, "WHERE id > " + TABLE_ROWS);
    assertThat(added).as(contender).hasSize(2 * insertAssigned.size);
    for (List<Item> call : List.of(first, second)) {
      for (Item item : call) {
        assertThat(added.get(item.id)).as(contender).isEqualTo(item);
      }
    }
    insertAssigned.deleteAddedRows(fixture);
    assertThat(rows(fixture, "WHERE id > " + TABLE_ROWS)).as(contender).isEmpty();
  }

  /**
   * W5 for a contender that returns its objects with their keys: each holds the values of the row
   * under its key, and the rest of {@link #assertBatchInserted}.
   */
  private static void assertBatchInsertedObjects(
      Fixture fixture, InsertBatch insertBatch, String contender, List<Item> inserted)
      throws SQLException {
    Map<Long, Item> added = rows(fixture, "WHERE id > " + TABLE_ROWS);
    for (Item item : inserted) {
      assertThat(added.get(item.id)).as(contender).isEqualTo(item);
    }
    assertBatchInserted(
        fixture, insertBatch, contender, inserted.stream().map(item -> item.id).toList());
  }

  /**
   * Exactly one row changed since {@code before}: its quantity by one and its note to {@link
   * UpdateByKey#NOTE}, and it is the row with {@code key} if the contender said which.
   *
   * @return the rows now
   */
  private static Map<Long, Item> assertUpdatedByKey(
      Fixture fixture, Map<Long, Item> before, String contender, Long key) throws SQLException {
    Map<Long, Item> after = rows(fixture, "");
    Map<Long, Item> changed = changed(before, after);
    assertThat(changed).as(contender).hasSize(1);
    long changedKey = changed.keySet().iterator().next();
    if (key != null) {
      assertThat(changedKey).as(contender).isEqualTo(key);
    }
    Item old = before.get(changedKey);
    assertThat(changed.get(changedKey))
        .as(contender)
        .isEqualTo(withQuantityAndNote(old, old.quantity + 1, UpdateByKey.NOTE));
    return after;
  }

  /**
   * Exactly {@link BulkUpdate#ROWS} rows with consecutive keys changed since {@code before}, each
   * its quantity by one.
   *
   * @return the rows now
   */
  private static Map<Long, Item> assertBulkUpdated(
      Fixture fixture, Map<Long, Item> before, String contender) throws SQLException {
    Map<Long, Item> after = rows(fixture, "");
    TreeMap<Long, Item> changed = new TreeMap<>(changed(before, after));
    assertThat(changed).as(contender).hasSize(BulkUpdate.ROWS);
    assertThat(changed.lastKey() - changed.firstKey()).as(contender).isEqualTo(BulkUpdate.ROWS - 1);
    for (Item row : changed.values()) {
      Item old = before.get(row.id);
      assertThat(row).as(contender).isEqualTo(withQuantityAndNote(old, old.quantity + 1, old.note));
    }
    return after;
  }

  /** The rows of {@code after} that differ from {@code before}, which has the same keys. */
  private static Map<Long, Item> changed(Map<Long, Item> before, Map<Long, Item> after) {
    assertThat(after.keySet()).isEqualTo(before.keySet());
    Map<Long, Item> changed = new HashMap<>();
    after.forEach(
        (key, row) -> {
          if (!Objects.equals(row, before.get(key))) {
            changed.put(key, row);
          }
        });
    return changed;
  }

  private static Item withQuantityAndNote(Item row, int quantity, String note) {
    return new Item(
        row.id, row.name, row.category, row.price, quantity, row.weight, row.active, row.created,
        row.code, note);
  }

  /**
   * The table's rows ({@code where} may narrow them), by key, read with plain JDBC. On SQLite,
   * whose columns are typeless, each contender stores decimals and timestamps its own way (see
   * {@link HibernateContender} and {@link JooqContender}); they are read back as the values they
   * stand for: a decimal from its text; a timestamp from text with any number of fraction digits,
   * or from the epoch milliseconds sqlite-jdbc stores for a bound {@code Timestamp} (made from the
   * {@code LocalDateTime} in the JVM's zone, as here).
   */
  private static Map<Long, Item> rows(Fixture fixture, String where) throws SQLException {
    boolean sqlite = fixture.sqlite();
    Map<Long, Item> rows = new HashMap<>();
    try (Connection c = fixture.connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT " + JdbcContender.COLUMNS + " FROM item " + where)) {
      while (rs.next()) {
        BigDecimal price =
            sqlite ? new BigDecimal(rs.getString(4)) : rs.getBigDecimal(4);
        LocalDateTime created;
        if (!sqlite) {
          created = rs.getObject(8, LocalDateTime.class);
        } else if (rs.getString(8).chars().allMatch(Character::isDigit)) {
          created = new Timestamp(rs.getLong(8)).toLocalDateTime();
        } else {
          created = LocalDateTime.parse(rs.getString(8), SQLITE_TEXT_TIMESTAMP);
        }
        Item row =
            new Item(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                price,
                rs.getInt(5),
                rs.getDouble(6),
                rs.getBoolean(7),
                created,
                rs.getString(9),
                rs.getString(10));
        rows.put(row.id, row);
      }
      c.commit();
    }
    return rows;
  }
}
