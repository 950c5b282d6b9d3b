package dev.kiln.it.types;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.Database;
import dev.kiln.it.types.Gadget.Finish;
import dev.kiln.query.Column;
import dev.kiln.session.Session;
import dev.kiln.testing.TestDatabase;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every value type Kiln stores, written in one session and read back in a new one, then used in
 * query predicates, on real SQLite and PostgreSQL.
 *
 * <p>Time values (LocalDateTime, Instant) are stored to microseconds, PostgreSQL's precision: both
 * dialects truncate finer digits on the way in. SQLite stores them as fixed-width text, which is
 * why the range tests below also prove that text order is time order.
 */
class TypeRoundTripTest {
  /** How a test sets and reads one of {@link Gadget}'s fields. */
  private record Property<V>(String name, BiConsumer<Gadget, V> setter, Function<Gadget, V> getter) {}

  private static final Property<Integer> PRIMITIVE_INT =
      new Property<>("primitiveInt", (g, v) -> g.primitiveInt = v, g -> g.primitiveInt);
  private static final Property<Integer> BOXED_INT =
      new Property<>("boxedInt", (g, v) -> g.boxedInt = v, g -> g.boxedInt);
  private static final Property<Long> PRIMITIVE_LONG =
      new Property<>("primitiveLong", (g, v) -> g.primitiveLong = v, g -> g.primitiveLong);
  private static final Property<Long> BOXED_LONG =
      new Property<>("boxedLong", (g, v) -> g.boxedLong = v, g -> g.boxedLong);
  private static final Property<Boolean> PRIMITIVE_BOOLEAN =
      new Property<>("primitiveBoolean", (g, v) -> g.primitiveBoolean = v, g -> g.primitiveBoolean);
  private static final Property<Boolean> BOXED_BOOLEAN =
      new Property<>("boxedBoolean", (g, v) -> g.boxedBoolean = v, g -> g.boxedBoolean);
  private static final Property<Double> PRIMITIVE_DOUBLE =
      new Property<>("primitiveDouble", (g, v) -> g.primitiveDouble = v, g -> g.primitiveDouble);
  private static final Property<Double> BOXED_DOUBLE =
      new Property<>("boxedDouble", (g, v) -> g.boxedDouble = v, g -> g.boxedDouble);
  private static final Property<String> LABEL =
      new Property<>("label", (g, v) -> g.label = v, g -> g.label);
  private static final Property<String> NOTES =
      new Property<>("notes", (g, v) -> g.notes = v, g -> g.notes);
  private static final Property<LocalDateTime> WHEN =
      new Property<>("when", (g, v) -> g.when = v, g -> g.when);
  private static final Property<LocalDate> DAY =
      new Property<>("day", (g, v) -> g.day = v, g -> g.day);
  private static final Property<Instant> MOMENT =
      new Property<>("moment", (g, v) -> g.moment = v, g -> g.moment);
  private static final Property<BigDecimal> AMOUNT =
      new Property<>("amount", (g, v) -> g.amount = v, g -> g.amount);
  private static final Property<byte[]> DATA =
      new Property<>("data", (g, v) -> g.data = v, g -> g.data);
  private static final Property<UUID> UUID_FIELD =
      new Property<>("uuid", (g, v) -> g.uuid = v, g -> g.uuid);
  private static final Property<Finish> FINISH =
      new Property<>("finish", (g, v) -> g.finish = v, g -> g.finish);

  // Number and time lists are in ascending order, as the ordering tests need.
  private static final List<Integer> INTS = List.of(Integer.MIN_VALUE, -1, 0, 1, Integer.MAX_VALUE);
  private static final List<Long> LONGS =
      List.of(Long.MIN_VALUE, Integer.MIN_VALUE - 1L, 0L, Integer.MAX_VALUE + 1L, Long.MAX_VALUE);
  private static final List<Double> DOUBLES =
      List.of(-Double.MAX_VALUE, -1.5, 0.0, Double.MIN_VALUE, 0.1 + 0.2, Math.PI, Double.MAX_VALUE);
  /** Fits VARCHAR(40): 40 emoji are 40 characters, though 80 UTF-16 units and 160 UTF-8 bytes. */
  private static final List<String> SHORT_STRINGS =
      List.of("", "plain", "Grüße, 日本語 & emoji 🎉👩‍💻", "it's \"quoted\" \\ and\n\ttabbed", "🎉".repeat(40));
  private static final String TEN_THOUSAND_CHARACTERS = "0123456789".repeat(1_000);
  private static final List<String> LONG_STRINGS =
      List.of("", "Grüße, 日本語 & emoji 🎉👩‍💻", TEN_THOUSAND_CHARACTERS, "ü🎉".repeat(5_000));
  /** Ascending; includes one that exists in no US time zone (a DST gap) and micros one apart. */
  private static final List<LocalDateTime> DATE_TIMES =
      List.of(
          LocalDateTime.parse("0001-01-01T00:00:00"),
          LocalDateTime.parse("1900-01-01T00:00:00"),
          LocalDateTime.parse("1969-07-20T20:17:40.000001"),
          LocalDateTime.parse("1969-12-31T23:59:59.999999"),
          LocalDateTime.parse("1970-01-01T00:00:00"),
          LocalDateTime.parse("2024-02-29T13:45:30.123456"),
          LocalDateTime.parse("2024-02-29T13:45:30.123457"),
          LocalDateTime.parse("2024-03-10T02:30:00"),
          LocalDateTime.parse("9999-12-31T23:59:59.999999"));
  /** Ascending; includes a date the Julian calendar skipped, which java.sql.Date would shift. */
  private static final List<LocalDate> DATES =
      List.of(
          LocalDate.parse("0001-01-01"),
          LocalDate.parse("1582-10-10"),
          LocalDate.parse("1969-12-31"),
          LocalDate.parse("1970-01-01"),
          LocalDate.parse("2000-02-29"),
          LocalDate.parse("9999-12-31"));
  /** Ascending. */
  private static final List<Instant> INSTANTS =
      List.of(
          Instant.parse("1800-06-01T12:00:00Z"),
          Instant.parse("1969-12-31T23:59:59.999999Z"),
          Instant.EPOCH,
          Instant.parse("2024-02-29T12:34:56.123456Z"),
          Instant.parse("2024-02-29T12:34:56.123457Z"),
          Instant.parse("9999-12-31T23:59:59.999999Z"));
  private static final List<BigDecimal> DECIMALS =
      List.of(
          new BigDecimal("12345678901234567890.123456789"),
          new BigDecimal("1.10"),
          new BigDecimal("0.00"),
          new BigDecimal("-98765.4321"),
          new BigDecimal("-0.000000000000000000000000000001"),
          new BigDecimal("123456789012345678901234567890123456789"));
  /** Ascending, across magnitudes and signs, so that comparing them as text would misorder them. */
  private static final List<BigDecimal> ASCENDING_DECIMALS =
      List.of(
          new BigDecimal("-100"),
          new BigDecimal("-20.5"),
          new BigDecimal("-3"),
          new BigDecimal("0.25"),
          new BigDecimal("2.5"),
          new BigDecimal("10"),
          new BigDecimal("100.001"));
  private static final List<UUID> UUIDS =
      List.of(
          new UUID(0, 0),
          new UUID(-1, -1),
          UUID.fromString("f81d4fae-7dec-11d0-a765-00a0c91e6bf6"),
          UUID.randomUUID());

  // ---- round trips --------------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void intsRoundTripUpToTheirLimits(TestDatabase db) {
    assertRoundTrips(db, PRIMITIVE_INT, INTS);
    assertRoundTrips(db, BOXED_INT, INTS);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void longsRoundTripUpToTheirLimits(TestDatabase db) {
    assertRoundTrips(db, PRIMITIVE_LONG, LONGS);
    assertRoundTrips(db, BOXED_LONG, LONGS);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void booleansRoundTrip(TestDatabase db) {
    assertRoundTrips(db, PRIMITIVE_BOOLEAN, List.of(true, false));
    assertRoundTrips(db, BOXED_BOOLEAN, List.of(true, false));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void doublesRoundTripExactly(TestDatabase db) {
    assertRoundTrips(db, PRIMITIVE_DOUBLE, DOUBLES);
    assertRoundTrips(db, BOXED_DOUBLE, DOUBLES);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void stringsRoundTripIncludingEmptyUnicodeAndTenThousandCharacters(TestDatabase db) {
    assertRoundTrips(db, LABEL, SHORT_STRINGS);
    assertRoundTrips(db, NOTES, LONG_STRINGS);
  }

  /** Not on MariaDB, whose decimals have a limit and keep no scale of their own (see DecimalTypesTest). */
  @ParameterizedTest
  @EnumSource(value = TestDatabase.class, names = {"SQLITE", "POSTGRESQL"})
  void bigDecimalsRoundTripWithTheirPrecisionAndScale(TestDatabase db) {
    List<Gadget> loaded = storeAndReload(db, AMOUNT, DECIMALS);
    for (int i = 0; i < DECIMALS.size(); i++) {
      BigDecimal expected = DECIMALS.get(i);
      assertThat(loaded.get(i).amount)
          .as("amount %s", expected)
          .isEqualByComparingTo(expected)
          .isEqualTo(expected); // equals: the scale too, so 1.10 does not come back as 1.1
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void dateTimesRoundTripToTheMicrosecond(TestDatabase db) {
    assertRoundTrips(db, WHEN, DATE_TIMES);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void datesRoundTripFromYearOneToYear9999(TestDatabase db) {
    assertRoundTrips(db, DAY, DATES);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void instantsRoundTripToTheMicrosecond(TestDatabase db) {
    assertRoundTrips(db, MOMENT, INSTANTS);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void timeValuesAreTruncatedToMicrosecondsOnBothDatabases(TestDatabase db) {
    // 789 nanoseconds would round up on a PostgreSQL server; Kiln truncates, as SQLite's text does.
    assertRoundTrips(
        db, WHEN, List.of(LocalDateTime.parse("2024-05-06T07:08:09.123456789")),
        List.of(LocalDateTime.parse("2024-05-06T07:08:09.123456")));
    assertRoundTrips(
        db, MOMENT, List.of(Instant.parse("1960-05-06T07:08:09.999999999Z")),
        List.of(Instant.parse("1960-05-06T07:08:09.999999Z")));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void byteArraysRoundTripIncludingEmptyEveryByteValueAndAMebibyte(TestDatabase db) {
    byte[] mebibyte = new byte[1 << 20];
    new Random(42).nextBytes(mebibyte);
    assertRoundTrips(db, DATA, List.of(new byte[0], new byte[] {0}, everyByteValue(), mebibyte));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void uuidsRoundTrip(TestDatabase db) {
    assertRoundTrips(db, UUID_FIELD, UUIDS);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void enumsRoundTripByConstant(TestDatabase db) {
    assertRoundTrips(db, FINISH, List.of(Finish.values()));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void everyNullableColumnRoundTripsNull(TestDatabase db) {
    Gadget gadget = new Gadget();
    gadget.primitiveInt = 7;
    gadget.primitiveLong = 8L;
    gadget.primitiveBoolean = true;
    gadget.primitiveDouble = 9.5;

    Gadget loaded = storeAndReload(db, List.of(gadget)).get(0);

    assertThat(loaded)
        .hasAllNullFieldsOrPropertiesExcept(
            "id", "primitiveInt", "primitiveLong", "primitiveBoolean", "primitiveDouble");
    assertThat(loaded.primitiveInt).isEqualTo(7);
    assertThat(loaded.primitiveLong).isEqualTo(8L);
    assertThat(loaded.primitiveBoolean).isTrue();
    assertThat(loaded.primitiveDouble).isEqualTo(9.5);
  }

  // ---- predicates -----------------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void primitiveIntsAreFilteredAndOrdered(TestDatabase db) {
    assertFilteredAndOrdered(db, PRIMITIVE_INT, GadgetQuery::filterByPrimitiveInt, GadgetTable.PRIMITIVE_INT, INTS);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void boxedIntsAreFilteredAndOrdered(TestDatabase db) {
    assertFilteredAndOrdered(db, BOXED_INT, GadgetQuery::filterByBoxedInt, GadgetTable.BOXED_INT, INTS);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void primitiveLongsAreFilteredAndOrdered(TestDatabase db) {
    assertFilteredAndOrdered(db, PRIMITIVE_LONG, GadgetQuery::filterByPrimitiveLong, GadgetTable.PRIMITIVE_LONG, LONGS);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void boxedLongsAreFilteredAndOrdered(TestDatabase db) {
    assertFilteredAndOrdered(db, BOXED_LONG, GadgetQuery::filterByBoxedLong, GadgetTable.BOXED_LONG, LONGS);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void primitiveBooleansAreFilteredAndOrderedFalseFirst(TestDatabase db) {
    assertFilteredAndOrdered(
        db, PRIMITIVE_BOOLEAN, GadgetQuery::filterByPrimitiveBoolean, GadgetTable.PRIMITIVE_BOOLEAN, List.of(false, true));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void boxedBooleansAreFilteredAndOrderedFalseFirst(TestDatabase db) {
    assertFilteredAndOrdered(
        db, BOXED_BOOLEAN, GadgetQuery::filterByBoxedBoolean, GadgetTable.BOXED_BOOLEAN, List.of(false, true));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void primitiveDoublesAreFilteredAndOrdered(TestDatabase db) {
    assertFilteredAndOrdered(
        db, PRIMITIVE_DOUBLE, GadgetQuery::filterByPrimitiveDouble, GadgetTable.PRIMITIVE_DOUBLE, DOUBLES);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void boxedDoublesAreFilteredAndOrdered(TestDatabase db) {
    assertFilteredAndOrdered(
        db, BOXED_DOUBLE, GadgetQuery::filterByBoxedDouble, GadgetTable.BOXED_DOUBLE, DOUBLES);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void varcharStringsAreFiltered(TestDatabase db) {
    assertFiltered(db, LABEL, GadgetQuery::filterByLabel, SHORT_STRINGS);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void textStringsAreFiltered(TestDatabase db) {
    assertFiltered(db, NOTES, GadgetQuery::filterByNotes, LONG_STRINGS);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void stringsAreOrdered(TestDatabase db) {
    // PostgreSQL sorts by the database's collation, SQLite by code point: these sort alike in all.
    assertFilteredAndOrdered(db, NOTES, GadgetQuery::filterByNotes, GadgetTable.NOTES, List.of("", "a", "ab", "abc", "b", "ba"));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void dateTimesAreFilteredAndOrderedChronologically(TestDatabase db) {
    assertFilteredAndOrdered(db, WHEN, GadgetQuery::filterByWhen, GadgetTable.WHEN, DATE_TIMES);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void datesAreFilteredAndOrderedChronologically(TestDatabase db) {
    assertFilteredAndOrdered(db, DAY, GadgetQuery::filterByDay, GadgetTable.DAY, DATES);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void instantsAreFilteredAndOrderedChronologically(TestDatabase db) {
    assertFilteredAndOrdered(db, MOMENT, GadgetQuery::filterByMoment, GadgetTable.MOMENT, INSTANTS);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void bigDecimalsAreFilteredAndOrderedNumerically(TestDatabase db) {
    assertFilteredAndOrdered(db, AMOUNT, GadgetQuery::filterByAmount, GadgetTable.AMOUNT, ASCENDING_DECIMALS);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void bigDecimalsAreComparedAsNumbersWhateverTheirScale(TestDatabase db) {
    try (Database database = Databases.create(db.freshUrl(), GadgetTable.TABLE)) {
      List<Integer> ids = storeInReverse(database, AMOUNT, List.of(new BigDecimal("1.10"), new BigDecimal("1000")));
      try (Session session = database.openSession()) {
        GadgetDao dao = new GadgetDao(session);
        assertThat(dao.query().filterByAmount(new BigDecimal("1.1")).one().id).isEqualTo(ids.get(0));
        assertThat(dao.query().filterByAmount(new BigDecimal("1000.000")).one().id).isEqualTo(ids.get(1));
        assertThat(dao.query().where(GadgetTable.AMOUNT.gt(new BigDecimal("2"))).one().id).isEqualTo(ids.get(1));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void byteArraysAreFiltered(TestDatabase db) {
    assertFiltered(db, DATA, GadgetQuery::filterByData, List.of(new byte[0], new byte[] {0}, everyByteValue()));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void byteArraysAreOrderedByUnsignedBytes(TestDatabase db) {
    List<byte[]> ascending =
        List.of(new byte[0], new byte[] {0}, new byte[] {0, 0}, new byte[] {1}, new byte[] {127}, new byte[] {-128}, new byte[] {-1});
    assertFilteredAndOrdered(db, DATA, GadgetQuery::filterByData, GadgetTable.DATA, ascending);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void uuidsAreFiltered(TestDatabase db) {
    assertFiltered(db, UUID_FIELD, GadgetQuery::filterByUuid, UUIDS);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void uuidsAreOrderedAsUnsignedNumbers(TestDatabase db) {
    // UUID.compareTo compares signed halves, so it would put the last two first; both databases
    // sort as unsigned (PostgreSQL's uuid bytes, SQLite's lower-case hex text).
    List<UUID> ascending =
        List.of(new UUID(0, 0), new UUID(0, 1), new UUID(Long.MAX_VALUE, -1), new UUID(Long.MIN_VALUE, 0), new UUID(-1, -1));
    assertFilteredAndOrdered(db, UUID_FIELD, GadgetQuery::filterByUuid, GadgetTable.UUID, ascending);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void enumsAreFiltered(TestDatabase db) {
    assertFiltered(db, FINISH, GadgetQuery::filterByFinish, List.of(Finish.values()));
  }

  // ---- helpers --------------------------------------------------------------------------------

  private static <V> void assertRoundTrips(TestDatabase db, Property<V> property, List<V> values) {
    assertRoundTrips(db, property, values, values);
  }

  /** Stores a gadget holding each value and checks that a new session reads back the expected one. */
  private static <V> void assertRoundTrips(
      TestDatabase db, Property<V> property, List<V> stored, List<V> expected) {
    List<Gadget> loaded = storeAndReload(db, property, stored);
    for (int i = 0; i < expected.size(); i++) {
      assertThat(property.getter().apply(loaded.get(i)))
          .as("%s stored as %s", property.name(), describe(stored.get(i)))
          .isEqualTo(expected.get(i));
    }
  }

  /** One gadget per value, stored and committed, then each read by its key in a new session. */
  private static <V> List<Gadget> storeAndReload(TestDatabase db, Property<V> property, List<V> values) {
    List<Gadget> gadgets = new ArrayList<>();
    for (V value : values) {
      gadgets.add(gadget(property, value));
    }
    return storeAndReload(db, gadgets);
  }

  private static List<Gadget> storeAndReload(TestDatabase db, List<Gadget> gadgets) {
    try (Database database = Databases.create(db.freshUrl(), GadgetTable.TABLE)) {
      List<Integer> ids = store(database, gadgets);
      try (Session session = database.openSession()) {
        GadgetDao dao = new GadgetDao(session);
        List<Gadget> loaded = new ArrayList<>();
        for (Integer id : ids) {
          loaded.add(dao.get(id).orElseThrow());
        }
        return loaded;
      }
    }
  }

  /** Each value is found by the column's generated {@code filterByX}, which finds nothing else. */
  private static <V> void assertFiltered(
      TestDatabase db, Property<V> property, BiFunction<GadgetQuery, V, GadgetQuery> filterBy, List<V> values) {
    try (Database database = Databases.create(db.freshUrl(), GadgetTable.TABLE)) {
      List<Integer> ids = storeInReverse(database, property, values);
      assertFilterFindsEach(database, property, filterBy, values, ids);
    }
  }

  /**
   * As {@link #assertFiltered}, and {@code gt}, {@code lt} and {@code orderBy} on the column follow
   * the values' own order.
   *
   * @param ascending distinct values, smallest first
   */
  private static <V> void assertFilteredAndOrdered(
      TestDatabase db,
      Property<V> property,
      BiFunction<GadgetQuery, V, GadgetQuery> filterBy,
      Column<Gadget, V> column,
      List<V> ascending) {
    try (Database database = Databases.create(db.freshUrl(), GadgetTable.TABLE)) {
      List<Integer> ids = storeInReverse(database, property, ascending);
      assertFilterFindsEach(database, property, filterBy, ascending, ids);
      V smallest = ascending.get(0);
      V largest = ascending.get(ascending.size() - 1);
      List<V> descending = new ArrayList<>(ascending);
      Collections.reverse(descending);
      try (Session session = database.openSession()) {
        GadgetDao dao = new GadgetDao(session);
        assertThat(values(property, dao.query().orderBy(column.asc()).all()))
            .as("ordered ascending").containsExactlyElementsOf(ascending);
        assertThat(values(property, dao.query().where(column.gt(smallest)).orderBy(column.asc()).all()))
            .as("greater than %s", smallest).containsExactlyElementsOf(ascending.subList(1, ascending.size()));
        assertThat(values(property, dao.query().where(column.lt(largest)).orderBy(column.desc()).all()))
            .as("less than %s, descending", largest).containsExactlyElementsOf(descending.subList(1, descending.size()));
      }
    }
  }

  private static <V> void assertFilterFindsEach(
      Database database,
      Property<V> property,
      BiFunction<GadgetQuery, V, GadgetQuery> filterBy,
      List<V> values,
      List<Integer> ids) {
    try (Session session = database.openSession()) {
      GadgetDao dao = new GadgetDao(session);
      for (int i = 0; i < values.size(); i++) {
        Gadget found = filterBy.apply(dao.query(), values.get(i)).one();
        assertThat(found.id).as("%s = %s", property.name(), describe(values.get(i))).isEqualTo(ids.get(i));
      }
    }
  }

  /**
   * One gadget per value, last value first, so that insertion order is never the values' order.
   *
   * @return the key of the gadget holding each value, in the values' order
   */
  private static <V> List<Integer> storeInReverse(Database database, Property<V> property, List<V> values) {
    List<Gadget> gadgets = new ArrayList<>();
    for (V value : values) {
      gadgets.add(gadget(property, value));
    }
    List<Gadget> reversed = new ArrayList<>(gadgets);
    Collections.reverse(reversed);
    store(database, reversed);
    return gadgets.stream().map(gadget -> gadget.id).toList();
  }

  /** Inserts and commits the gadgets; returns their generated keys. */
  private static List<Integer> store(Database database, List<Gadget> gadgets) {
    try (Session session = database.openSession()) {
      GadgetDao dao = new GadgetDao(session);
      gadgets.forEach(dao::insert);
      session.commit();
    }
    List<Integer> ids = gadgets.stream().map(gadget -> gadget.id).toList();
    assertThat(ids).as("generated keys").doesNotContainNull().doesNotHaveDuplicates();
    return ids;
  }

  private static <V> Gadget gadget(Property<V> property, V value) {
    Gadget gadget = new Gadget();
    property.setter().accept(gadget, value);
    return gadget;
  }

  private static <V> List<V> values(Property<V> property, List<Gadget> gadgets) {
    return gadgets.stream().map(property.getter()).toList();
  }

  private static byte[] everyByteValue() {
    byte[] bytes = new byte[256];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) i;
    }
    return bytes;
  }

  private static String describe(Object value) {
    if (value instanceof byte[] bytes) {
      return bytes.length + " bytes";
    }
    String text = String.valueOf(value);
    return text.length() > 60 ? text.length() + " characters" : text;
  }
}
