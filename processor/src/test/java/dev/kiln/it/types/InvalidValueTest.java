package dev.kiln.it.types;

import static dev.kiln.query.Assignment.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.kiln.Database;
import dev.kiln.error.InvalidValueException;
import dev.kiln.schema.TableDef;
import dev.kiln.session.Session;
import dev.kiln.testing.TestDatabase;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Values a column cannot hold, on real SQLite and PostgreSQL: each is refused with an {@link
 * InvalidValueException} rather than stored as something else, and the refused commit leaves
 * nothing behind, not even the valid rows written before the refused one. Rows are counted with
 * plain JDBC, so Kiln cannot be fooling itself.
 *
 * <p>Kiln refuses the same values on both dialects where it can (numbers too wide for their
 * NUMERIC, lone surrogates, NaN, overlong durations, dates outside the years 0000 to 9999). Two
 * refusals are PostgreSQL's own and SQLite has no equivalent: U+0000 in text, and a string longer
 * than its VARCHAR.
 */
class InvalidValueTest {
  private static final Supplier<Glyph> PLAIN_GLYPH = () -> new Glyph(null, 'a', 'b');
  private static final Supplier<Shift> EMPTY_SHIFT = () -> new Shift(null, null, null, null);
  private static final Supplier<Parcel> EMPTY_PARCEL = () -> new Parcel(null, null, null, null, null, null);

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void decimalWithTooManyDigitsBeforeThePointIsRefused(TestDatabase db) {
    InvalidValueException refused = assertRefused(db, InvoiceTable.TABLE, Invoice::new, invoiceWithPrice("100000000"));

    assertThat(refused).hasMessageContaining("NUMERIC(10, 2)");
    assertRefused(db, InvoiceTable.TABLE, Invoice::new, invoiceWithPrice("-100000000.00"));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void decimalThatRoundsToTooManyDigitsBeforeThePointIsRefused(TestDatabase db) {
    assertRefused(db, InvoiceTable.TABLE, Invoice::new, invoiceWithPrice("99999999.995"));
    Invoice discounted = new Invoice();
    discounted.discount = new BigDecimal("0.9995");
    assertRefused(db, InvoiceTable.TABLE, Invoice::new, discounted);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void bigIntegerWithTooManyDigitsIsRefused(TestDatabase db) {
    for (long quantity : new long[] {100_000, -100_000}) {
      Invoice invoice = new Invoice();
      invoice.quantity = BigInteger.valueOf(quantity);
      assertRefused(db, InvoiceTable.TABLE, Invoice::new, invoice);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void convertedValueTooWideForItsPrecisionIsRefused(TestDatabase db) {
    // Money.DecimalConverter stores 1000000.00, one digit too many for NUMERIC(8, 2).
    assertRefused(
        db, ParcelTable.TABLE, EMPTY_PARCEL, new Parcel(null, null, null, null, new Money(100_000_000), null));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void loneSurrogateCharactersAreRefused(TestDatabase db) {
    // Half of "🎉": no encoding can store it, and drivers would write "?" instead.
    assertRefused(db, GlyphTable.TABLE, PLAIN_GLYPH, new Glyph(null, '\uD83C', null));
    assertRefused(db, GlyphTable.TABLE, PLAIN_GLYPH, new Glyph(null, 'a', '\uDF89'));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void stringsWithALoneSurrogateAreRefused(TestDatabase db) {
    String cutEmoji = "🎉".substring(0, 1);
    for (String text : List.of(cutEmoji, "party " + cutEmoji, "🎉".substring(1) + "!")) {
      Gadget gadget = new Gadget();
      gadget.notes = text;
      assertRefused(db, GadgetTable.TABLE, Gadget::new, gadget);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void durationsBeyondAbout292YearsAreRefused(TestDatabase db) {
    // A duration is stored as a BIGINT of nanoseconds.
    for (Duration length :
        List.of(Duration.ofDays(365L * 293), Duration.ofDays(-365L * 293), Duration.ofNanos(Long.MAX_VALUE).plusNanos(1))) {
      assertRefused(db, ShiftTable.TABLE, EMPTY_SHIFT, new Shift(null, null, null, length));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void notANumberIsRefused(TestDatabase db) {
    // SQLite would store NaN as NULL, or report it as a NOT NULL violation; PostgreSQL keeps it.
    // Kiln refuses it on both, so that a model behaves the same on either.
    Reading primitiveFloat = new Reading();
    primitiveFloat.primitiveFloat = Float.NaN;
    Reading boxedFloat = new Reading();
    boxedFloat.boxedFloat = Float.NaN;
    Reading primitiveDouble = new Reading();
    primitiveDouble.primitiveDouble = Double.NaN;
    Reading boxedDouble = new Reading();
    boxedDouble.boxedDouble = Double.NaN;
    for (Reading reading : List.of(primitiveFloat, boxedFloat, primitiveDouble, boxedDouble)) {
      assertRefused(db, ReadingTable.TABLE, Reading::new, reading);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void datesAndTimesOutsideTheYears0000To9999AreRefused(TestDatabase db) {
    // SQLite's text would sort "+10000-01-01" and "-0001-01-01" before "2024-01-01", and PostgreSQL's
    // driver would silently write any date before 4713 BC as -infinity.
    for (LocalDate day : List.of(LocalDate.parse("-0001-12-31"), LocalDate.parse("-4713-01-01"), LocalDate.MAX)) {
      Gadget gadget = new Gadget();
      gadget.day = day;
      assertRefused(db, GadgetTable.TABLE, Gadget::new, gadget);
    }
    for (LocalDateTime when : List.of(LocalDateTime.MIN, LocalDateTime.parse("+10000-01-01T00:00"))) {
      Gadget gadget = new Gadget();
      gadget.when = when;
      assertRefused(db, GadgetTable.TABLE, Gadget::new, gadget);
    }
    for (Instant moment : List.of(Instant.MIN, Instant.parse("-0001-12-31T23:59:59.999999Z"), Instant.MAX)) {
      Gadget gadget = new Gadget();
      gadget.moment = moment;
      assertRefused(db, GadgetTable.TABLE, Gadget::new, gadget);
    }
    // Still 9999 where it was written, but 10000 in UTC, where it is stored.
    OffsetDateTime newYearsEveInChicago = OffsetDateTime.parse("9999-12-31T23:00:00-06:00");
    for (OffsetDateTime scheduled : List.of(newYearsEveInChicago, OffsetDateTime.MIN)) {
      assertRefused(db, ShiftTable.TABLE, EMPTY_SHIFT, new Shift(null, null, scheduled, null));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void datesAndTimesAtTheEdgesOfTheYears0000To9999AreKept(TestDatabase db) {
    Gadget first = new Gadget();
    first.day = LocalDate.parse("0000-01-01");
    first.when = LocalDateTime.parse("0000-01-01T00:00");
    first.moment = Instant.parse("0000-01-01T00:00:00Z");
    Gadget last = new Gadget();
    last.day = LocalDate.parse("9999-12-31");
    last.when = LocalDateTime.parse("9999-12-31T23:59:59.999999999");
    last.moment = Instant.parse("9999-12-31T23:59:59.999999999Z");

    List<Gadget> loaded = Databases.storeAndReload(db, GadgetTable.TABLE, List.of(first, last));

    assertThat(loaded.get(0).day).isEqualTo(first.day);
    assertThat(loaded.get(0).when).isEqualTo(first.when);
    assertThat(loaded.get(0).moment).isEqualTo(first.moment);
    assertThat(loaded.get(1).day).isEqualTo(last.day);
    assertThat(loaded.get(1).when).isEqualTo("9999-12-31T23:59:59.999999");
    assertThat(loaded.get(1).moment).isEqualTo("9999-12-31T23:59:59.999999Z");
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void nulCharacterIsRefusedByPostgresqlAndKeptBySqlite(TestDatabase db) {
    Glyph nul = new Glyph(null, '\0', '\0');
    Gadget gadget = new Gadget();
    gadget.notes = "before\0after";
    if (db == TestDatabase.POSTGRESQL) {
      // PostgreSQL text cannot hold U+0000 in any encoding.
      assertRefused(db, GlyphTable.TABLE, PLAIN_GLYPH, nul);
      assertRefused(db, GadgetTable.TABLE, Gadget::new, gadget);
    } else {
      Glyph loaded = Databases.storeAndReload(db, GlyphTable.TABLE, List.of(nul)).get(0);
      assertThat(loaded).isEqualTo(new Glyph(loaded.id(), '\0', '\0'));
      assertThat(Databases.storeAndReload(db, GadgetTable.TABLE, List.of(gadget)).get(0).notes)
          .isEqualTo("before\0after");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void stringLongerThanItsVarcharIsRefusedByServersAndKeptBySqlite(TestDatabase db) {
    Gadget gadget = new Gadget();
    gadget.label = "x".repeat(41);
    if (db != TestDatabase.SQLITE) {
      assertRefused(db, GadgetTable.TABLE, Gadget::new, gadget);
    } else {
      // SQLite records VARCHAR(40) but, by design, never enforces a length.
      assertThat(Databases.storeAndReload(db, GadgetTable.TABLE, List.of(gadget)).get(0).label).hasSize(41);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void refusedChangeToALoadedObjectLeavesTheStoredValue(TestDatabase db) {
    try (Database database = Databases.create(db.freshUrl(), InvoiceTable.TABLE)) {
      Object key = Databases.store(database, InvoiceTable.TABLE, List.of(invoiceWithPrice("12.50"))).get(0);
      try (Session session = database.openSession()) {
        Invoice loaded = session.get(InvoiceTable.TABLE, key).orElseThrow();
        loaded.price = new BigDecimal("123456789");

        assertThatThrownBy(session::commit).isInstanceOf(InvalidValueException.class);
      }
      try (Session session = database.openSession()) {
        assertThat(session.get(InvoiceTable.TABLE, key).orElseThrow().price).isEqualTo("12.50");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void refusedBulkUpdateChangesNoRow(TestDatabase db) {
    try (Database database = Databases.create(db.freshUrl(), InvoiceTable.TABLE)) {
      Databases.store(database, InvoiceTable.TABLE, List.of(invoiceWithPrice("1.00"), invoiceWithPrice("2.00")));
      try (Session session = database.openSession()) {
        InvoiceDao dao = new InvoiceDao(session);

        assertThatThrownBy(() -> dao.query().update(set(InvoiceTable.PRICE, new BigDecimal("1E+9"))))
            .isInstanceOf(InvalidValueException.class);
        session.rollback();
        assertThat(dao.query().where(InvoiceTable.PRICE.lt(new BigDecimal("3"))).count()).isEqualTo(2);
      }
    }
  }

  // ---- helpers --------------------------------------------------------------------------------

  /**
   * Commits a valid row, then stages another and the invalid one in a new session: its commit must
   * be refused, and leave exactly the first row in the table.
   */
  private static <T> InvalidValueException assertRefused(
      TestDatabase db, TableDef<T> table, Supplier<T> valid, T invalid) {
    String url = db.freshUrl();
    try (Database database = Databases.create(url, table)) {
      Databases.store(database, table, List.of(valid.get()));
      InvalidValueException refused;
      try (Session session = database.openSession()) {
        session.add(valid.get());
        session.add(invalid);
        refused = catchThrowableOfType(InvalidValueException.class, session::commit);
      }
      assertThat(refused).as("refusal of %s", invalid).isNotNull();
      assertThat(Databases.countRows(url, table.name())).as("rows after the refused commit").isEqualTo(1);
      return refused;
    }
  }

  private static Invoice invoiceWithPrice(String price) {
    Invoice invoice = new Invoice();
    invoice.price = new BigDecimal(price);
    return invoice;
  }
}
