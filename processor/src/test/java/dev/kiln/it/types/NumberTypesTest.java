package dev.kiln.it.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiln.error.InvalidValueException;
import dev.kiln.query.Column;
import dev.kiln.testing.TestDatabase;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * byte, short, float and double, primitive and boxed, on real SQLite and PostgreSQL: every value
 * from the type's least to its greatest comes back, is found by equality, and sorts in numeric
 * order. (int and long are proven in {@link TypeRoundTripTest}.)
 *
 * <p>SQLite stores every integer as an INTEGER of up to 8 bytes and a float widened, exactly, to its
 * 8-byte REAL; PostgreSQL has SMALLINT and REAL. Both keep the infinities. NaN, which SQLite would
 * turn into NULL, is refused on both (see {@link InvalidValueTest}); -0.0 keeps its sign only on
 * PostgreSQL.
 */
class NumberTypesTest {
  private static final ColumnValues<Reading, Byte> PRIMITIVE_BYTE =
      column(ReadingTable.PRIMITIVE_BYTE, (r, v) -> r.primitiveByte = v, r -> r.primitiveByte);
  private static final ColumnValues<Reading, Byte> BOXED_BYTE =
      column(ReadingTable.BOXED_BYTE, (r, v) -> r.boxedByte = v, r -> r.boxedByte);
  private static final ColumnValues<Reading, Short> PRIMITIVE_SHORT =
      column(ReadingTable.PRIMITIVE_SHORT, (r, v) -> r.primitiveShort = v, r -> r.primitiveShort);
  private static final ColumnValues<Reading, Short> BOXED_SHORT =
      column(ReadingTable.BOXED_SHORT, (r, v) -> r.boxedShort = v, r -> r.boxedShort);
  private static final ColumnValues<Reading, Float> PRIMITIVE_FLOAT =
      column(ReadingTable.PRIMITIVE_FLOAT, (r, v) -> r.primitiveFloat = v, r -> r.primitiveFloat);
  private static final ColumnValues<Reading, Float> BOXED_FLOAT =
      column(ReadingTable.BOXED_FLOAT, (r, v) -> r.boxedFloat = v, r -> r.boxedFloat);
  private static final ColumnValues<Reading, Double> PRIMITIVE_DOUBLE =
      column(ReadingTable.PRIMITIVE_DOUBLE, (r, v) -> r.primitiveDouble = v, r -> r.primitiveDouble);
  private static final ColumnValues<Reading, Double> BOXED_DOUBLE =
      column(ReadingTable.BOXED_DOUBLE, (r, v) -> r.boxedDouble = v, r -> r.boxedDouble);

  // Ascending, as the ordering checks need.
  private static final List<Byte> BYTES = List.of(Byte.MIN_VALUE, (byte) -1, (byte) 0, (byte) 1, Byte.MAX_VALUE);
  private static final List<Short> SHORTS =
      List.of(Short.MIN_VALUE, (short) (Byte.MIN_VALUE - 1), (short) 0, (short) (Byte.MAX_VALUE + 1), Short.MAX_VALUE);
  /** Includes the smallest subnormal and values (0.1, pi) whose float and double differ. */
  private static final List<Float> FLOATS =
      List.of(
          Float.NEGATIVE_INFINITY,
          -Float.MAX_VALUE,
          -1.5f,
          -Float.MIN_VALUE,
          0.0f,
          Float.MIN_VALUE,
          Float.MIN_NORMAL,
          0.1f,
          (float) Math.PI,
          Float.MAX_VALUE,
          Float.POSITIVE_INFINITY);
  private static final List<Double> DOUBLES =
      List.of(
          Double.NEGATIVE_INFINITY,
          -Double.MAX_VALUE,
          -Double.MIN_VALUE,
          0.0,
          Double.MIN_VALUE,
          Double.MIN_NORMAL,
          0.1 + 0.2,
          Double.MAX_VALUE,
          Double.POSITIVE_INFINITY);

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void bytesRoundTripUpToTheirLimits(TestDatabase db) {
    PRIMITIVE_BYTE.assertRoundTrips(db, BYTES);
    BOXED_BYTE.assertRoundTrips(db, BYTES);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void bytesAreFoundAndOrdered(TestDatabase db) {
    PRIMITIVE_BYTE.assertFoundAndOrdered(db, BYTES);
    BOXED_BYTE.assertFoundAndOrdered(db, BYTES);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void shortsRoundTripUpToTheirLimits(TestDatabase db) {
    PRIMITIVE_SHORT.assertRoundTrips(db, SHORTS);
    BOXED_SHORT.assertRoundTrips(db, SHORTS);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void shortsAreFoundAndOrdered(TestDatabase db) {
    PRIMITIVE_SHORT.assertFoundAndOrdered(db, SHORTS);
    BOXED_SHORT.assertFoundAndOrdered(db, SHORTS);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void floatsRoundTripExactlyIncludingSubnormalsAndInfinities(TestDatabase db) {
    PRIMITIVE_FLOAT.assertRoundTrips(db, storable(db, FLOATS));
    BOXED_FLOAT.assertRoundTrips(db, storable(db, FLOATS));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void floatsAreFoundAndOrdered(TestDatabase db) {
    PRIMITIVE_FLOAT.assertFoundAndOrdered(db, storable(db, FLOATS));
    BOXED_FLOAT.assertFoundAndOrdered(db, storable(db, FLOATS));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void doublesRoundTripExactlyIncludingSubnormalsAndInfinities(TestDatabase db) {
    PRIMITIVE_DOUBLE.assertRoundTrips(db, storable(db, DOUBLES));
    BOXED_DOUBLE.assertRoundTrips(db, storable(db, DOUBLES));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void doublesAreFoundAndOrdered(TestDatabase db) {
    PRIMITIVE_DOUBLE.assertFoundAndOrdered(db, storable(db, DOUBLES));
    BOXED_DOUBLE.assertFoundAndOrdered(db, storable(db, DOUBLES));
  }

  /** The values the database can hold: MariaDB's FLOAT and DOUBLE have no infinities. */
  private static <V extends Number> List<V> storable(TestDatabase db, List<V> values) {
    return db == TestDatabase.MARIADB ? values.stream().filter(v -> Double.isFinite(v.doubleValue())).toList() : values;
  }

  @ParameterizedTest
  @EnumSource(value = TestDatabase.class, names = "MARIADB")
  void infinitiesAreRefusedByMariaDbAsInvalidValues(TestDatabase db) {
    for (double infinity : new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
      assertThatThrownBy(() -> PRIMITIVE_DOUBLE.assertRoundTrips(db, List.of(infinity)))
          .isInstanceOf(InvalidValueException.class);
      assertThatThrownBy(() -> BOXED_FLOAT.assertRoundTrips(db, List.of((float) infinity)))
          .isInstanceOf(InvalidValueException.class);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void negativeZeroKeepsItsSignOnlyOnPostgresql(TestDatabase db) {
    // SQLite writes a REAL without a fraction as an integer, and integer zero has no sign.
    float floatZero = db == TestDatabase.POSTGRESQL ? -0.0f : 0.0f;
    double doubleZero = db == TestDatabase.POSTGRESQL ? -0.0 : 0.0;
    PRIMITIVE_FLOAT.assertRoundTrips(db, List.of(-0.0f), List.of(floatZero));
    BOXED_FLOAT.assertRoundTrips(db, List.of(-0.0f), List.of(floatZero));
    PRIMITIVE_DOUBLE.assertRoundTrips(db, List.of(-0.0), List.of(doubleZero));
    BOXED_DOUBLE.assertRoundTrips(db, List.of(-0.0), List.of(doubleZero));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void everyNullableNumberColumnRoundTripsNull(TestDatabase db) {
    Reading reading = new Reading();
    reading.primitiveByte = 1;
    reading.primitiveShort = 2;
    reading.primitiveFloat = 3.5f;
    reading.primitiveDouble = 4.5;

    Reading loaded = Databases.storeAndReload(db, ReadingTable.TABLE, List.of(reading)).get(0);

    assertThat(loaded).hasAllNullFieldsOrPropertiesExcept(
        "id", "primitiveByte", "primitiveShort", "primitiveFloat", "primitiveDouble");
    assertThat(loaded.primitiveByte).isEqualTo((byte) 1);
    assertThat(loaded.primitiveShort).isEqualTo((short) 2);
    assertThat(loaded.primitiveFloat).isEqualTo(3.5f);
    assertThat(loaded.primitiveDouble).isEqualTo(4.5);
  }

  private static <V> ColumnValues<Reading, V> column(
      Column<Reading, V> column, BiConsumer<Reading, V> setter, Function<Reading, V> getter) {
    return new ColumnValues<>(
        column,
        session -> new ReadingDao(session).query(),
        value -> {
          Reading reading = new Reading();
          setter.accept(reading, value);
          return reading;
        },
        getter);
  }
}
