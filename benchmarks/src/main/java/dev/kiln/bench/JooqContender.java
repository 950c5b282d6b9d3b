package dev.kiln.bench;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record10;
import org.jooq.RecordMapper;
import org.jooq.Row9;
import org.jooq.SQLDialect;
import org.jooq.SelectSelectStep;
import org.jooq.Table;
import org.jooq.conf.FetchTriggerValuesAfterReturning;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * jOOQ as a reference point, without code generation: the table and typed fields are declared with
 * {@code DSL.table}/{@code DSL.field} over plain names, queries built with the DSL per call and
 * mapped into {@link Item} by a {@link RecordMapper}. One connection per thread, one transaction
 * per operation (commit after the read or write), jOOQ's default settings otherwise (it prepares
 * each statement per execution) but one.
 *
 * <p>That one: {@code fetchTriggerValuesAfterReturning = NEVER}. Without it, jOOQ's open-source
 * edition cannot know whether a SQLite table has triggers and does not render SQLite's {@code
 * RETURNING}: it emulates it with {@code last_insert_rowid()}, which gives one key for a
 * multi-row insert (W5). The table has no triggers, so {@code RETURNING id} is exact. On
 * PostgreSQL the setting changes nothing.
 *
 * <p>Left as they are, jOOQ's types store SQLite's typeless columns their own way: a {@code
 * LocalDateTime} as {@code Timestamp.toString()} text ({@code 2026-01-01 00:00:37.0}, where Kiln
 * writes six fraction digits).
 */
@State(Scope.Thread)
public class JooqContender {
  static final Table<?> ITEM = table(name("item"));
  static final Field<Long> ID = field(name("id"), SQLDataType.BIGINT);
  static final Field<String> NAME = field(name("name"), SQLDataType.VARCHAR(80));
  static final Field<String> CATEGORY = field(name("category"), SQLDataType.VARCHAR(40));
  static final Field<BigDecimal> PRICE = field(name("price"), SQLDataType.NUMERIC(10, 2));
  static final Field<Integer> QUANTITY = field(name("quantity"), SQLDataType.INTEGER);
  static final Field<Double> WEIGHT = field(name("weight"), SQLDataType.DOUBLE);
  static final Field<Boolean> ACTIVE = field(name("active"), SQLDataType.BOOLEAN);
  static final Field<LocalDateTime> CREATED = field(name("created"), SQLDataType.LOCALDATETIME(6));
  static final Field<String> CODE = field(name("code"), SQLDataType.VARCHAR(36));
  static final Field<String> NOTE = field(name("note"), SQLDataType.CLOB);

  static final RecordMapper<
          Record10<Long, String, String, BigDecimal, Integer, Double, Boolean, LocalDateTime, String, String>,
          Item>
      MAPPER =
          r ->
              new Item(
                  r.value1(),
                  r.value2(),
                  r.value3(),
                  r.value4(),
                  r.value5(),
                  r.value6(),
                  r.value7(),
                  r.value8(),
                  r.value9(),
                  r.value10());

  /**
   * Rows per multi-row insert (W5): 900 bind values, under the limit jOOQ knows for every dialect
   * (999 for SQLite), so that jOOQ binds them rather than inlining them into the SQL.
   */
  static final int ROWS_PER_INSERT = 100;

  private Connection connection;
  private DSLContext dsl;

  @Setup(Level.Trial)
  public void setUp(Fixture fixture) throws SQLException {
    connection = fixture.connect();
    dsl =
        DSL.using(
            connection,
            fixture.sqlite() ? SQLDialect.SQLITE : SQLDialect.POSTGRES,
            new Settings()
                .withExecuteLogging(false)
                .withFetchTriggerValuesAfterReturning(FetchTriggerValuesAfterReturning.NEVER));
  }

  @TearDown(Level.Trial)
  public void tearDown() throws SQLException {
    connection.close();
  }

  private SelectSelectStep<
          Record10<Long, String, String, BigDecimal, Integer, Double, Boolean, LocalDateTime, String, String>>
      selectItem() {
    return dsl.select(ID, NAME, CATEGORY, PRICE, QUANTITY, WEIGHT, ACTIVE, CREATED, CODE, NOTE);
  }

  /** W1. */
  public Item get(long id) throws SQLException {
    Item item = selectItem().from(ITEM).where(ID.eq(id)).fetchOne(MAPPER);
    connection.commit();
    return item;
  }

  /** W2. */
  public List<Item> range(long from, long to) throws SQLException {
    List<Item> items =
        selectItem().from(ITEM).where(ID.ge(from), ID.lt(to)).orderBy(ID).fetch(MAPPER);
    connection.commit();
    return items;
  }

  /** W3. */
  public List<Item> filter(String category, int minQuantity) throws SQLException {
    List<Item> items =
        selectItem()
            .from(ITEM)
            .where(CATEGORY.eq(category), QUANTITY.ge(minQuantity))
            .orderBy(QUANTITY, ID)
            .limit(Filter.LIMIT)
            .fetch(MAPPER);
    connection.commit();
    return items;
  }

  /** W4: {@code INSERT ... RETURNING id}; sets the item's key. */
  public Item insert(Item item) throws SQLException {
    item.id =
        dsl.insertInto(ITEM)
            .columns(NAME, CATEGORY, PRICE, QUANTITY, WEIGHT, ACTIVE, CREATED, CODE, NOTE)
            .values(
                item.name,
                item.category,
                item.price,
                item.quantity,
                item.weight,
                item.active,
                item.created,
                item.code,
                item.note)
            .returningResult(ID)
            .fetchOne(ID);
    connection.commit();
    return item;
  }

  /**
   * W5: multi-row {@code INSERT ... VALUES (...), (...) ... RETURNING id} statements of {@link
   * #ROWS_PER_INSERT} rows at most, in one transaction. One statement for all rows cannot work on
   * SQLite at 10,000 rows: 90,000 bind values are past its limit of 32,766, and jOOQ, which by
   * default inlines every value past 999 of them, then makes a statement past SQLite's limit of
   * 1,000,000 bytes ({@code SQLITE_TOOBIG}). jOOQ's own way to load many rows, the Loader API,
   * splits them the same way ({@code bulkAfter}) but returns no keys.
   *
   * @return the generated keys; the order in which {@code RETURNING} gives them is not defined
   *     (SQLite's documentation calls it arbitrary), so they are not matched to the items
   */
  public List<Long> insertAll(List<Item> items) throws SQLException {
    List<Long> keys = new ArrayList<>(items.size());
    for (int first = 0; first < items.size(); first += ROWS_PER_INSERT) {
      List<Row9<String, String, BigDecimal, Integer, Double, Boolean, LocalDateTime, String, String>>
          rows = new ArrayList<>(ROWS_PER_INSERT);
      for (Item item : items.subList(first, Math.min(first + ROWS_PER_INSERT, items.size()))) {
        rows.add(
            DSL.row(
                item.name,
                item.category,
                item.price,
                item.quantity,
                item.weight,
                item.active,
                item.created,
                item.code,
                item.note));
      }
      keys.addAll(
          dsl.insertInto(ITEM)
              .columns(NAME, CATEGORY, PRICE, QUANTITY, WEIGHT, ACTIVE, CREATED, CODE, NOTE)
              .valuesOfRows(rows)
              .returningResult(ID)
              .fetch(ID));
    }
    connection.commit();
    return keys;
  }

  /**
   * W6 read-modify-write: selects the row, then updates its quantity (plus one) and note by key.
   *
   * @return the number of rows updated
   */
  public int updateByKey(long id, String note) throws SQLException {
    Item item = selectItem().from(ITEM).where(ID.eq(id)).fetchOne(MAPPER);
    int updated =
        item == null
            ? 0
            : dsl.update(ITEM)
                .set(QUANTITY, item.quantity + 1)
                .set(NOTE, note)
                .where(ID.eq(id))
                .execute();
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
    int updated =
        dsl.update(ITEM).set(QUANTITY, QUANTITY.plus(1)).where(ID.ge(from), ID.lt(to)).execute();
    connection.commit();
    return updated;
  }
}
