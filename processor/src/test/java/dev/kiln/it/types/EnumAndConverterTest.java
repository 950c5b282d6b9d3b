package dev.kiln.it.types;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.it.types.Parcel.Priority;
import dev.kiln.testing.TestDatabase;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Enums stored by ordinal and by name, and user types stored through converters, on real SQLite and
 * PostgreSQL. Queries compare what is stored: ordinals sort in declaration order, names in
 * alphabetical order, converted values in the order of what the converter stores.
 */
class EnumAndConverterTest {
  private static final ColumnValues<Parcel, Priority> PRIORITY =
      new ColumnValues<>(
          ParcelTable.PRIORITY,
          session -> new ParcelDao(session).query(),
          v -> new Parcel(null, v, null, null, null, null),
          Parcel::priority);
  private static final ColumnValues<Parcel, Priority> PRIORITY_BY_NAME =
      new ColumnValues<>(
          ParcelTable.PRIORITY_BY_NAME,
          session -> new ParcelDao(session).query(),
          v -> new Parcel(null, null, v, null, null, null),
          Parcel::priorityByName);
  private static final ColumnValues<Parcel, Money> POSTAGE =
      new ColumnValues<>(
          ParcelTable.POSTAGE,
          session -> new ParcelDao(session).query(),
          v -> new Parcel(null, null, null, v, null, null),
          Parcel::postage);
  private static final ColumnValues<Parcel, Money> INSURED =
      new ColumnValues<>(
          ParcelTable.INSURED,
          session -> new ParcelDao(session).query(),
          v -> new Parcel(null, null, null, null, v, null),
          Parcel::insured);
  private static final ColumnValues<Parcel, ZoneId> DESTINATION =
      new ColumnValues<>(
          ParcelTable.DESTINATION,
          session -> new ParcelDao(session).query(),
          v -> new Parcel(null, null, null, null, null, v),
          Parcel::destination);

  /** Ascending, from the least to the greatest amount a count of cents in a long holds. */
  private static final List<Money> AMOUNTS =
      List.of(new Money(Long.MIN_VALUE), new Money(-1), new Money(0), new Money(1_250), new Money(Long.MAX_VALUE));
  /** Ascending; NUMERIC(8, 2) holds at most 999999.99. */
  private static final List<Money> INSURED_AMOUNTS =
      List.of(new Money(-99_999_999), new Money(-1), new Money(0), new Money(1_250), new Money(99_999_999));
  private static final List<ZoneId> ZONES =
      List.of(
          ZoneOffset.UTC,
          ZoneId.of("Asia/Kolkata"),
          ZoneId.of("America/Argentina/ComodRivadavia"),
          ZoneOffset.ofHoursMinutes(5, 30),
          ZoneId.of("UTC+01:00"));

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void enumsByOrdinalRoundTripEveryConstant(TestDatabase db) {
    PRIORITY.assertRoundTrips(db, List.of(Priority.values()));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void enumsByOrdinalAreFoundAndOrderedInDeclarationOrder(TestDatabase db) {
    PRIORITY.assertFoundAndOrdered(db, List.of(Priority.LOW, Priority.NORMAL, Priority.HIGH, Priority.URGENT));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void enumsByNameAreFoundAndOrderedAlphabetically(TestDatabase db) {
    PRIORITY_BY_NAME.assertRoundTrips(db, List.of(Priority.values()));
    PRIORITY_BY_NAME.assertFoundAndOrdered(
        db, List.of(Priority.HIGH, Priority.LOW, Priority.NORMAL, Priority.URGENT));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void convertedValuesRoundTripThroughTheirConverter(TestDatabase db) {
    POSTAGE.assertRoundTrips(db, AMOUNTS);
    INSURED.assertRoundTrips(db, INSURED_AMOUNTS);
    DESTINATION.assertRoundTrips(db, ZONES);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void convertedValuesAreFoundAndOrderedByWhatIsStored(TestDatabase db) {
    POSTAGE.assertFoundAndOrdered(db, AMOUNTS);
    INSURED.assertFoundAndOrdered(db, INSURED_AMOUNTS);
    DESTINATION.assertEachFoundByEquality(db, ZONES);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void nullsBypassTheConvertersBothWays(TestDatabase db) {
    // Every converter here throws if given null, so getting nulls back proves none was called.
    Parcel loaded =
        Databases.storeAndReload(db, ParcelTable.TABLE, List.of(new Parcel(null, null, null, null, null, null))).get(0);

    assertThat(loaded).isEqualTo(new Parcel(loaded.id(), null, null, null, null, null));
    POSTAGE.assertEachFoundByEquality(db, Arrays.asList(null, new Money(5)));
  }
}
