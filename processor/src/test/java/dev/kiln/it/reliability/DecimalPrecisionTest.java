package dev.kiln.it.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.Database;
import dev.kiln.testing.TestDatabase;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Decimals of 38 digits, the most that most databases' widest decimal holds, on real SQLite and
 * PostgreSQL: each comes back with every digit and its scale, in a NUMERIC(38, 10) column and in
 * a NUMERIC without precision, and is stored as its own digits, not as a float. Values that differ
 * only in their 38th digit stay different. (How SQLite compares decimals is another matter, issue
 * #21; these tests only store and read.)
 */
class DecimalPrecisionTest {
  /** Every one with scale 10, as NUMERIC(38, 10) gives it back. */
  private static final List<BigDecimal> SCALE_TEN =
      decimals(
          "1234567890123456789012345678.9012345678",
          "1234567890123456789012345678.9012345679", // differs in the 38th digit only
          "-1234567890123456789012345678.9012345678",
          "9999999999999999999999999999.9999999999",
          "9999999999999999999999999999.9999999998",
          "-9999999999999999999999999999.9999999999",
          "0.0000000000",
          "1E-10",
          "-1E-10",
          "0E-10");
  /** Each with a scale of its own, as a NUMERIC without precision keeps it. */
  private static final List<BigDecimal> ANY_SCALE =
      decimals(
          "12345678901234567890123456789012345678",
          "12345678901234567890123456789012345679",
          "-0.12345678901234567890123456789012345678",
          "1.0000000000000000000000000000000000000",
          "0.00000000000000000000000000000000000001",
          "0.00000000000000000000000000000000000000");

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void thirtyEightDigitDecimalsComeBackExactlyFromNumeric38Scale10(TestDatabase db) {
    assertStoredAndReadExactly(
        db, SCALE_TEN, "fixed", (specimen, value) -> specimen.fixed = value, specimen -> specimen.fixed);
  }

  /** Not on MariaDB, whose decimals keep no scale of their own (see DecimalTypesTest). */
  @ParameterizedTest
  @EnumSource(value = TestDatabase.class, names = {"SQLITE", "POSTGRESQL"})
  void thirtyEightDigitDecimalsComeBackWithTheirOwnScaleFromNumericWithoutPrecision(TestDatabase db) {
    List<BigDecimal> values = Stream.concat(SCALE_TEN.stream(), ANY_SCALE.stream()).toList();
    assertStoredAndReadExactly(
        db, values, "exact", (specimen, value) -> specimen.exact = value, specimen -> specimen.exact);
  }

  /**
   * Stores a specimen per value, then checks that Kiln reads each back equal, scale included, and
   * that the database holds its digits: plain JDBC reads them as the same decimal.
   */
  private static void assertStoredAndReadExactly(
      TestDatabase db,
      List<BigDecimal> values,
      String column,
      BiConsumer<Specimen, BigDecimal> setter,
      Function<Specimen, BigDecimal> getter) {
    String url = db.freshUrl();
    try (Database database = Specimens.create(url)) {
      List<Specimen> stored =
          values.stream()
              .map(value -> {
                Specimen specimen = new Specimen();
                setter.accept(specimen, value);
                return specimen;
              })
              .toList();
      Specimens.store(database, stored);

      List<BigDecimal> loaded = Specimens.reload(database, stored).stream().map(getter).toList();

      // equals, not compareTo: 0.0000000000 must not come back as 0, nor 1.0000... as 1.
      assertThat(loaded).containsExactlyElementsOf(values);
      Map<Integer, String> held = Specimens.readWithJdbc(url, column);
      assertThat(stored)
          .extracting(specimen -> new BigDecimal(held.get(specimen.id)))
          .containsExactlyElementsOf(values);
    }
  }

  private static List<BigDecimal> decimals(String... values) {
    return Stream.of(values).map(BigDecimal::new).toList();
  }
}
