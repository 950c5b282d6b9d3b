package dev.kiln.it.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiln.Database;
import dev.kiln.error.InvalidValueException;
import dev.kiln.query.Column;
import dev.kiln.session.Session;
import dev.kiln.testing.TestDatabase;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * BigDecimal and BigInteger, with and without a precision, on real SQLite and PostgreSQL. Without
 * one every digit and the scale come back; with {@code NUMERIC(p, s)} a value comes back rounded
 * half up to the scale, on SQLite exactly as PostgreSQL rounds it. (Values with too many digits
 * before the point are refused: see {@link InvalidValueTest}.)
 *
 * <p>SQLite stores decimals as text and compares them as REAL: numeric order, but only to about 15
 * significant digits, as the last test shows.
 */
class DecimalTypesTest {
  private static final ColumnValues<Invoice, BigDecimal> TOTAL =
      column(InvoiceTable.TOTAL, (i, v) -> i.total = v, i -> i.total);
  private static final ColumnValues<Invoice, BigDecimal> PRICE =
      column(InvoiceTable.PRICE, (i, v) -> i.price = v, i -> i.price);
  private static final ColumnValues<Invoice, BigDecimal> RATE =
      column(InvoiceTable.RATE, (i, v) -> i.rate = v, i -> i.rate);
  private static final ColumnValues<Invoice, BigDecimal> DISCOUNT =
      column(InvoiceTable.DISCOUNT, (i, v) -> i.discount = v, i -> i.discount);
  private static final ColumnValues<Invoice, BigInteger> SERIAL =
      column(InvoiceTable.SERIAL, (i, v) -> i.serial = v, i -> i.serial);
  private static final ColumnValues<Invoice, BigInteger> QUANTITY =
      column(InvoiceTable.QUANTITY, (i, v) -> i.quantity = v, i -> i.quantity);

  @ParameterizedTest
  @EnumSource(value = TestDatabase.class, names = {"SQLITE", "POSTGRESQL"})
  void decimalsWithoutPrecisionKeepEveryDigitAndTheirScale(TestDatabase db) {
    TOTAL.assertRoundTrips(
        db,
        decimals(
            "99999999999999999999999999999999999999",
            "-0.00000000000000000000000000000000000001",
            "1234567890123456789.0123456789012345678",
            "1E-400",
            "1.10",
            "0.00",
            "-0"));
  }

  /**
   * MariaDB's widest decimal, which stands for one without a precision, keeps 35 digits before the
   * point and 30 after, and no scale of the value's own; a value it cannot hold is refused, typed,
   * rather than rounded.
   */
  @ParameterizedTest
  @EnumSource(value = TestDatabase.class, names = "MARIADB")
  void decimalsWithoutPrecisionOnMariaDbKeepItsDigitsButNotTheirScale(TestDatabase db) {
    TOTAL.assertRoundTrips(
        db,
        decimals(
            "99999999999999999999999999999999999.999999999999999999999999999999",
            "-0.000000000000000000000000000001",
            "1234567890123456789.0123456789012345678",
            "1.10",
            "0.00"),
        decimals(
            "99999999999999999999999999999999999.999999999999999999999999999999",
            "-0.000000000000000000000000000001",
            "1234567890123456789.0123456789012345678",
            "1.1",
            "0"));
    for (String tooLong : List.of("100000000000000000000000000000000000", "1E-31", "1E-400")) {
      assertThatThrownBy(() -> TOTAL.assertRoundTrips(db, decimals(tooLong)))
          .as(tooLong)
          .isInstanceOf(InvalidValueException.class);
    }
    assertThatThrownBy(() -> SERIAL.assertRoundTrips(db, List.of(BigInteger.TEN.pow(35))))
        .isInstanceOf(InvalidValueException.class);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void decimalsWithANegativeScaleAreStoredAsIntegers(TestDatabase db) {
    // PostgreSQL has no negative scale, so SQLite's text is written with scale 0 too.
    TOTAL.assertRoundTrips(db, decimals("1E+3", "-1.2E+5"), decimals("1000", "-120000"));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void decimalsWithPrecisionAreRoundedHalfUpToTheirScale(TestDatabase db) {
    PRICE.assertRoundTrips(
        db,
        decimals("1.005", "-1.005", "1.0049999", "2", "0.005", "99999999.994", "-99999999.99", "1E+3"),
        decimals("1.01", "-1.01", "1.00", "2.00", "0.01", "99999999.99", "-99999999.99", "1000.00"));
    RATE.assertRoundTrips(
        db,
        decimals("9999999999999999999999999999.9999999999", "0.00000000005", "-0.000000000049"),
        decimals("9999999999999999999999999999.9999999999", "0.0000000001", "0.0000000000"));
    DISCOUNT.assertRoundTrips(db, decimals("0.9994", "-0.0005", "0"), decimals("0.999", "-0.001", "0.000"));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void bigIntegersRoundTripWhateverTheirSizeUpToMariaDbsLimit(TestDatabase db) {
    // MariaDB keeps 35 digits before the point of a decimal without a precision.
    BigInteger largest = db == TestDatabase.MARIADB ? BigInteger.TEN.pow(35).subtract(BigInteger.ONE) : BigInteger.TEN.pow(100);
    SERIAL.assertRoundTrips(
        db,
        List.of(BigInteger.ZERO, BigInteger.ONE.negate(), BigInteger.TWO.pow(64), largest, largest.negate()));
    QUANTITY.assertRoundTrips(db, List.of(BigInteger.valueOf(99_999), BigInteger.valueOf(-99_999), BigInteger.ZERO));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void decimalsAreFoundAndOrderedNumerically(TestDatabase db) {
    List<BigDecimal> ascending = decimals("-100", "-20.5", "-3", "0.25", "2.5", "10", "100.01");
    TOTAL.assertFoundAndOrdered(db, ascending);
    PRICE.assertFoundAndOrdered(db, decimals("-100.00", "-20.50", "-3.00", "0.25", "2.50", "10.00", "100.01"));
    RATE.assertFoundAndOrdered(db, decimals("-0.0000000001", "0.0000000000", "0.0000000001", "12345678.1234567890"));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void bigIntegersAreFoundAndOrderedNumerically(TestDatabase db) {
    List<BigInteger> ascending =
        List.of(BigInteger.TEN.pow(30).negate(), BigInteger.valueOf(-9), BigInteger.TEN, BigInteger.TEN.pow(30));
    SERIAL.assertFoundAndOrdered(db, ascending);
    QUANTITY.assertFoundAndOrdered(
        db, List.of(BigInteger.valueOf(-99_999), BigInteger.valueOf(-9), BigInteger.TEN, BigInteger.valueOf(99_999)));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void decimalsWithPrecisionCompareWithValuesTheColumnCouldNotHold(TestDatabase db) {
    // A compared value is not rounded to the column's scale, nor refused for its size.
    try (Database database = Databases.create(db.freshUrl(), InvoiceTable.TABLE)) {
      Invoice invoice = new Invoice();
      invoice.price = new BigDecimal("1.01");
      invoice.quantity = BigInteger.valueOf(5);
      Databases.store(database, InvoiceTable.TABLE, List.of(invoice));
      try (Session session = database.openSession()) {
        InvoiceDao dao = new InvoiceDao(session);
        assertThat(dao.query().where(InvoiceTable.PRICE.gt(new BigDecimal("1.005"))).count()).isEqualTo(1);
        assertThat(dao.query().where(InvoiceTable.PRICE.eq(new BigDecimal("1.005"))).count()).isZero();
        assertThat(dao.query().where(InvoiceTable.PRICE.lt(new BigDecimal("1E+20"))).count()).isEqualTo(1);
        assertThat(dao.query().where(InvoiceTable.QUANTITY.lt(BigInteger.TEN.pow(20))).count()).isEqualTo(1);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void decimalsCompareExactlyAtEveryDigit(TestDatabase db) {
    BigDecimal stored = new BigDecimal("1234567890.1234567890");
    BigDecimal neighbour = new BigDecimal("1234567890.1234567891");
    try (Database database = Databases.create(db.freshUrl(), InvoiceTable.TABLE)) {
      Invoice invoice = new Invoice();
      invoice.total = stored;
      Databases.store(database, InvoiceTable.TABLE, List.of(invoice));
      try (Session session = database.openSession()) {
        long found = new InvoiceDao(session).query().where(InvoiceTable.TOTAL.eq(neighbour)).count();
        // Both are the same double: SQLite compares them exactly, as PostgreSQL's NUMERIC does.
        assertThat(found).isZero();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void everyNullableDecimalColumnRoundTripsNull(TestDatabase db) {
    Invoice loaded = Databases.storeAndReload(db, InvoiceTable.TABLE, List.of(new Invoice())).get(0);

    assertThat(loaded).hasAllNullFieldsOrPropertiesExcept("id");
  }

  private static List<BigDecimal> decimals(String... values) {
    return List.of(values).stream().map(BigDecimal::new).toList();
  }

  private static <V> ColumnValues<Invoice, V> column(
      Column<Invoice, V> column, BiConsumer<Invoice, V> setter, Function<Invoice, V> getter) {
    return new ColumnValues<>(
        column,
        session -> new InvoiceDao(session).query(),
        value -> {
          Invoice invoice = new Invoice();
          setter.accept(invoice, value);
          return invoice;
        },
        getter);
  }
}
