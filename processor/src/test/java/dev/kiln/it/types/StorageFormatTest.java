package dev.kiln.it.types;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.Database;
import dev.kiln.it.types.Gadget.Finish;
import dev.kiln.it.types.Parcel.Priority;
import dev.kiln.query.Column;
import dev.kiln.schema.TableDef;
import dev.kiln.testing.TestDatabase;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What Kiln writes, read with plain JDBC: on SQLite the pinned storage class and format of every
 * type, so that other tools can read the file and its text sorts correctly; on PostgreSQL the
 * native column type of every type.
 */
class StorageFormatTest {
  private static final OffsetDateTime IN_KOLKATA = OffsetDateTime.parse("2026-11-21T09:30:00+05:30");

  @Test
  void sqliteStoresEachTypeInItsPinnedFormat() {
    String url = TestDatabase.SQLITE.freshUrl();
    try (Database database = Databases.create(url, TABLES)) {
      storeOneOfEach(database);

      // Each column as "storage class, SQL literal", as SQLite's typeof() and quote() give them.
      assertThat(sqliteStorage(url, GadgetTable.TABLE))
          .containsExactly(
              entry("id", "integer 1"),
              entry("primitive_int", "integer 7"),
              entry("boxed_int", "integer -8"),
              entry("primitive_long", "integer 9000000000"),
              entry("boxed_long", "null NULL"),
              entry("primitive_boolean", "integer 1"),
              entry("boxed_boolean", "integer 0"),
              entry("primitive_double", "real 1.5"),
              entry("boxed_double", "real -0.25"),
              entry("label", "text 'Grüße'"),
              entry("notes", "text 'it''s'"),
              entry("when", "text '2026-11-21 09:30:00.000000'"),
              entry("day", "text '2026-11-21'"),
              entry("moment", "text '2026-11-21 09:30:00.500000Z'"),
              entry("amount", "text '1.10'"),
              entry("data", "blob X'CAFE'"),
              entry("uuid", "text 'f81d4fae-7dec-11d0-a765-00a0c91e6bf6'"),
              entry("finish", "text 'GLOSS'"));
      assertThat(sqliteStorage(url, ReadingTable.TABLE))
          .containsExactly(
              entry("id", "integer 1"),
              entry("primitive_byte", "integer -128"),
              entry("boxed_byte", "integer 127"),
              entry("primitive_short", "integer -32768"),
              entry("boxed_short", "integer 32767"),
              entry("primitive_float", "real 2.5"),
              entry("boxed_float", "real 9.0e+999"),
              entry("primitive_double", "real -1.0e-300"),
              entry("boxed_double", "real -9.0e+999"));
      assertThat(sqliteStorage(url, GlyphTable.TABLE))
          .containsExactly(entry("id", "integer 1"), entry("letter", "text 'é'"), entry("mark", "text ''''"));
      assertThat(sqliteStorage(url, ShiftTable.TABLE))
          .containsExactly(
              entry("id", "integer 1"),
              entry("starts", "text '09:30:00.000000'"),
              entry("scheduled", "text '2026-11-21 04:00:00.000000Z'"),
              entry("length", "integer 28800000000001"));
      assertThat(sqliteStorage(url, InvoiceTable.TABLE))
          .containsExactly(
              entry("id", "integer 1"),
              entry("total", "text '1000'"),
              entry("price", "text '12.50'"),
              entry("rate", "text '1E-10'"),
              entry("discount", "null NULL"),
              entry("serial", "text '18446744073709551616'"),
              entry("quantity", "text '7'"));
      assertThat(sqliteStorage(url, ParcelTable.TABLE))
          .containsExactly(
              entry("id", "integer 1"),
              entry("priority", "integer 2"),
              entry("priority_by_name", "text 'HIGH'"),
              entry("postage", "integer 1250"),
              entry("insured", "text '12.50'"),
              entry("destination", "text 'Asia/Kolkata'"));
    }
  }

  @Test
  void postgresqlStoresEachTypeInANativeType() {
    String url = TestDatabase.POSTGRESQL.freshUrl();
    Databases.create(url, TABLES).close();
    assertThat(postgresqlTypes(url, GadgetTable.TABLE))
        .containsExactly(
            entry("id", "integer"),
            entry("primitive_int", "integer"),
            entry("boxed_int", "integer"),
            entry("primitive_long", "bigint"),
            entry("boxed_long", "bigint"),
            entry("primitive_boolean", "boolean"),
            entry("boxed_boolean", "boolean"),
            entry("primitive_double", "double precision"),
            entry("boxed_double", "double precision"),
            entry("label", "character varying(40)"),
            entry("notes", "text"),
            entry("when", "timestamp without time zone"),
            entry("day", "date"),
            entry("moment", "timestamp with time zone"),
            entry("amount", "numeric"),
            entry("data", "bytea"),
            entry("uuid", "uuid"),
            entry("finish", "text"));
    assertThat(postgresqlTypes(url, ReadingTable.TABLE))
        .containsExactly(
            entry("id", "integer"),
            entry("primitive_byte", "smallint"),
            entry("boxed_byte", "smallint"),
            entry("primitive_short", "smallint"),
            entry("boxed_short", "smallint"),
            entry("primitive_float", "real"),
            entry("boxed_float", "real"),
            entry("primitive_double", "double precision"),
            entry("boxed_double", "double precision"));
    assertThat(postgresqlTypes(url, GlyphTable.TABLE))
        .containsExactly(entry("id", "integer"), entry("letter", "character(1)"), entry("mark", "character(1)"));
    assertThat(postgresqlTypes(url, ShiftTable.TABLE))
        .containsExactly(
            entry("id", "integer"),
            entry("starts", "time without time zone"),
            entry("scheduled", "timestamp with time zone"),
            entry("length", "bigint"));
    assertThat(postgresqlTypes(url, InvoiceTable.TABLE))
        .containsExactly(
            entry("id", "integer"),
            entry("total", "numeric"),
            entry("price", "numeric(10,2)"),
            entry("rate", "numeric(38,10)"),
            entry("discount", "numeric(3,3)"),
            entry("serial", "numeric"),
            entry("quantity", "numeric(5,0)"));
    assertThat(postgresqlTypes(url, ParcelTable.TABLE))
        .containsExactly(
            entry("id", "integer"),
            entry("priority", "smallint"),
            entry("priority_by_name", "text"),
            entry("postage", "bigint"),
            entry("insured", "numeric(8,2)"),
            entry("destination", "character varying(40)"));
  }

  @Test
  void postgresqlStoresDurationsEnumsAndConvertedValuesAsSqliteDoes() {
    // Kiln's own encodings must agree, so that data means the same whichever database holds it.
    String url = TestDatabase.POSTGRESQL.freshUrl();
    try (Database database = Databases.create(url, TABLES)) {
      storeOneOfEach(database);

      assertThat(Databases.select(url, "SELECT length, scheduled = TIMESTAMPTZ '2026-11-21 04:00:00Z' AS utc FROM shift"))
          .containsExactly(Map.of("length", 28_800_000_000_001L, "utc", true));
      assertThat(Databases.select(url, "SELECT priority, priority_by_name, postage, insured FROM parcel"))
          .containsExactly(
              Map.of("priority", 2, "priority_by_name", "HIGH", "postage", 1_250L, "insured", new BigDecimal("12.50")));
    }
  }

  // ---- helpers --------------------------------------------------------------------------------

  private static final TableDef<?>[] TABLES = {
    GadgetTable.TABLE, ReadingTable.TABLE, GlyphTable.TABLE, ShiftTable.TABLE, InvoiceTable.TABLE, ParcelTable.TABLE
  };

  /** One row in each table, with a value in nearly every column. */
  private static void storeOneOfEach(Database database) {
    Gadget gadget = new Gadget();
    gadget.primitiveInt = 7;
    gadget.boxedInt = -8;
    gadget.primitiveLong = 9_000_000_000L;
    gadget.primitiveBoolean = true;
    gadget.boxedBoolean = false;
    gadget.primitiveDouble = 1.5;
    gadget.boxedDouble = -0.25;
    gadget.label = "Grüße";
    gadget.notes = "it's";
    gadget.when = LocalDateTime.parse("2026-11-21T09:30:00");
    gadget.day = LocalDate.parse("2026-11-21");
    gadget.moment = Instant.parse("2026-11-21T09:30:00.5Z");
    gadget.amount = new BigDecimal("1.10");
    gadget.data = new byte[] {(byte) 0xCA, (byte) 0xFE};
    gadget.uuid = UUID.fromString("F81D4FAE-7DEC-11D0-A765-00A0C91E6BF6");
    gadget.finish = Finish.GLOSS;
    Databases.store(database, GadgetTable.TABLE, List.of(gadget));

    Reading reading = new Reading();
    reading.primitiveByte = Byte.MIN_VALUE;
    reading.boxedByte = Byte.MAX_VALUE;
    reading.primitiveShort = Short.MIN_VALUE;
    reading.boxedShort = Short.MAX_VALUE;
    reading.primitiveFloat = 2.5f;
    reading.boxedFloat = Float.POSITIVE_INFINITY;
    reading.primitiveDouble = -1e-300;
    reading.boxedDouble = Double.NEGATIVE_INFINITY;
    Databases.store(database, ReadingTable.TABLE, List.of(reading));

    Databases.store(database, GlyphTable.TABLE, List.of(new Glyph(null, 'é', '\'')));
    Databases.store(
        database,
        ShiftTable.TABLE,
        List.of(new Shift(null, LocalTime.parse("09:30"), IN_KOLKATA, Duration.ofHours(8).plusNanos(1))));

    Invoice invoice = new Invoice();
    invoice.total = new BigDecimal("1E+3");
    invoice.price = new BigDecimal("12.5");
    invoice.rate = new BigDecimal("0.0000000001");
    invoice.serial = BigInteger.TWO.pow(64);
    invoice.quantity = BigInteger.valueOf(7);
    Databases.store(database, InvoiceTable.TABLE, List.of(invoice));

    Databases.store(
        database,
        ParcelTable.TABLE,
        List.of(new Parcel(null, Priority.HIGH, Priority.HIGH, new Money(1_250), new Money(1_250), ZoneId.of("Asia/Kolkata"))));
  }

  /** The table's one row, each column as its SQLite storage class and SQL literal. */
  private static Map<String, Object> sqliteStorage(String url, TableDef<?> table) {
    String columns =
        table.columns().stream()
            .map(Column::name)
            .map(name -> "typeof(\"" + name + "\") || ' ' || quote(\"" + name + "\") AS \"" + name + "\"")
            .collect(Collectors.joining(", "));
    return Databases.select(url, "SELECT " + columns + " FROM \"" + table.name() + "\"").get(0);
  }

  /** Each column's type as PostgreSQL's information schema names it, with its length or precision. */
  private static Map<String, String> postgresqlTypes(String url, TableDef<?> table) {
    Map<String, String> types = new LinkedHashMap<>();
    for (Map<String, Object> column :
        Databases.select(
            url,
            "SELECT column_name, data_type, character_maximum_length, numeric_precision, numeric_scale"
                + " FROM information_schema.columns WHERE table_schema = current_schema()"
                + " AND table_name = '" + table.name() + "' ORDER BY ordinal_position")) {
      String type = (String) column.get("data_type");
      if (column.get("character_maximum_length") != null) {
        type += "(" + column.get("character_maximum_length") + ")";
      } else if (type.equals("numeric") && column.get("numeric_precision") != null) {
        type += "(" + column.get("numeric_precision") + "," + column.get("numeric_scale") + ")";
      }
      types.put((String) column.get("column_name"), type);
    }
    return types;
  }
}
