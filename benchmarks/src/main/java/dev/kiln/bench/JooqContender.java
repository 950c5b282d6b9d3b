package dev.kiln.bench;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record10;
import org.jooq.RecordMapper;
import org.jooq.SQLDialect;
import org.jooq.SelectSelectStep;
import org.jooq.Table;
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
 * per operation (commit after the read), jOOQ's default settings otherwise (it prepares each
 * statement per execution).
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

  private Connection connection;
  private DSLContext dsl;

  @Setup(Level.Trial)
  public void setUp(Fixture fixture) throws SQLException {
    connection = fixture.connect();
    dsl =
        DSL.using(
            connection,
            fixture.sqlite() ? SQLDialect.SQLITE : SQLDialect.POSTGRES,
            new Settings().withExecuteLogging(false));
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
}
