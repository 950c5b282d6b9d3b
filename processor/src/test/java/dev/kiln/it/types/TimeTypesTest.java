package dev.kiln.it.types;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.Database;
import dev.kiln.session.Session;
import dev.kiln.testing.TestDatabase;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * LocalTime, OffsetDateTime and Duration on real SQLite and PostgreSQL. (LocalDate, LocalDateTime
 * and Instant are proven in {@link TypeRoundTripTest}.)
 *
 * <p>Times of day and offset date-times are kept to the microsecond, PostgreSQL's precision; both
 * dialects truncate finer digits. An offset date-time is stored as its instant, so it comes back
 * at offset UTC, the same instant. A duration is stored as a count of nanoseconds, so it keeps
 * every digit, but only up to about 292 years (longer ones are refused: see {@link
 * InvalidValueTest}).
 */
class TimeTypesTest {
  private static final ColumnValues<Shift, LocalTime> STARTS =
      new ColumnValues<>(
          ShiftTable.STARTS, session -> new ShiftDao(session).query(), v -> new Shift(null, v, null, null), Shift::starts);
  private static final ColumnValues<Shift, OffsetDateTime> SCHEDULED =
      new ColumnValues<>(
          ShiftTable.SCHEDULED, session -> new ShiftDao(session).query(), v -> new Shift(null, null, v, null), Shift::scheduled);
  private static final ColumnValues<Shift, Duration> LENGTH =
      new ColumnValues<>(
          ShiftTable.LENGTH, session -> new ShiftDao(session).query(), v -> new Shift(null, null, null, v), Shift::length);

  /** Ascending. */
  private static final List<LocalTime> TIMES =
      List.of(
          LocalTime.MIDNIGHT,
          LocalTime.parse("00:00:00.000001"),
          LocalTime.parse("09:30"),
          LocalTime.NOON,
          LocalTime.parse("23:59:59.999998"),
          LocalTime.parse("23:59:59.999999"));
  /**
   * Ascending by instant, though not by local time, so that sorting by the wall clock would fail.
   * The first is in year 0000 in UTC, where it is stored.
   */
  private static final List<OffsetDateTime> OFFSET_DATE_TIMES =
      List.of(
          OffsetDateTime.parse("0001-01-01T00:00:00+01:00"),
          OffsetDateTime.parse("0001-01-01T00:00:00Z"),
          OffsetDateTime.parse("1969-12-31T23:59:59.999999-00:00"),
          OffsetDateTime.parse("2024-06-01T10:00:00+18:00"),
          OffsetDateTime.parse("2024-06-01T09:30:00+05:30"),
          OffsetDateTime.parse("2024-06-01T04:00:00.000001Z"),
          OffsetDateTime.parse("2024-06-01T00:00:00-18:00"),
          OffsetDateTime.parse("9999-12-31T23:59:59.999999Z"));
  /** Ascending, from the shortest to the longest a count of nanoseconds holds. */
  private static final List<Duration> DURATIONS =
      List.of(
          Duration.ofNanos(Long.MIN_VALUE),
          Duration.ofDays(-365L * 200),
          Duration.ofNanos(-1),
          Duration.ZERO,
          Duration.ofNanos(1),
          Duration.ofHours(8).plusNanos(123_456_789),
          Duration.ofDays(365L * 292),
          Duration.ofNanos(Long.MAX_VALUE));

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void timesOfDayRoundTripFromMidnightToTheLastMicrosecond(TestDatabase db) {
    STARTS.assertRoundTrips(db, TIMES);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void timesOfDayAreTruncatedToMicroseconds(TestDatabase db) {
    // 789 nanoseconds would round up on a PostgreSQL server; Kiln truncates, as SQLite's text does.
    STARTS.assertRoundTrips(
        db,
        List.of(LocalTime.parse("10:15:30.123456789"), LocalTime.MAX),
        List.of(LocalTime.parse("10:15:30.123456"), LocalTime.parse("23:59:59.999999")));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void timesOfDayAreFoundAndOrdered(TestDatabase db) {
    STARTS.assertFoundAndOrdered(db, TIMES);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void offsetDateTimesComeBackAtUtcAsTheSameInstant(TestDatabase db) {
    SCHEDULED.assertRoundTrips(
        db,
        List.of(OffsetDateTime.parse("2026-11-21T09:30:00+05:30")),
        List.of(OffsetDateTime.parse("2026-11-21T04:00:00Z")));
    SCHEDULED.assertRoundTrips(db, OFFSET_DATE_TIMES, inUtc(OFFSET_DATE_TIMES));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void offsetDateTimesAreTruncatedToMicroseconds(TestDatabase db) {
    SCHEDULED.assertRoundTrips(
        db,
        List.of(OffsetDateTime.parse("2024-02-29T12:34:56.123456789-08:00")),
        List.of(OffsetDateTime.parse("2024-02-29T20:34:56.123456Z")));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void offsetDateTimesAreFoundAndOrderedByInstantWhateverTheirOffset(TestDatabase db) {
    SCHEDULED.assertFoundAndOrdered(db, OFFSET_DATE_TIMES, inUtc(OFFSET_DATE_TIMES));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void offsetDateTimeIsFoundByTheSameInstantAtAnotherOffset(TestDatabase db) {
    OffsetDateTime inKolkata = OffsetDateTime.parse("2026-11-21T09:30:00+05:30");
    OffsetDateTime inNewYork = inKolkata.withOffsetSameInstant(ZoneOffset.ofHours(-5));
    try (Database database = Databases.create(db.freshUrl(), ShiftTable.TABLE)) {
      Databases.store(database, ShiftTable.TABLE, List.of(new Shift(null, null, inKolkata, null)));
      try (Session session = database.openSession()) {
        assertThat(new ShiftDao(session).query().where(ShiftTable.SCHEDULED.eq(inNewYork)).count()).isEqualTo(1);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void durationsRoundTripToTheNanosecondAcrossTheWholeRange(TestDatabase db) {
    LENGTH.assertRoundTrips(db, DURATIONS);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void durationsAreFoundAndOrdered(TestDatabase db) {
    LENGTH.assertFoundAndOrdered(db, DURATIONS);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void everyNullableTimeColumnRoundTripsNull(TestDatabase db) {
    Shift loaded = Databases.storeAndReload(db, ShiftTable.TABLE, List.of(new Shift(null, null, null, null))).get(0);

    assertThat(loaded.id()).isNotNull();
    assertThat(loaded).isEqualTo(new Shift(loaded.id(), null, null, null));
  }

  private static List<OffsetDateTime> inUtc(List<OffsetDateTime> values) {
    return values.stream().map(value -> value.withOffsetSameInstant(ZoneOffset.UTC)).toList();
  }
}
