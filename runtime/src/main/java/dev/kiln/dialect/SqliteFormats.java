package dev.kiln.dialect;

import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * The text formats SQLite stores dates and times in. Fixed-width for years 0001 to 9999, so text
 * order is time order, and understood by SQLite's own date functions. Written to microseconds,
 * PostgreSQL's precision.
 */
final class SqliteFormats {
  /** {@code 09:30:00.000000}. */
  static final DateTimeFormatter LOCAL_TIME =
      new DateTimeFormatterBuilder()
          .appendPattern("HH:mm:ss")
          .appendFraction(ChronoField.MICRO_OF_SECOND, 6, 6, true)
          .toFormatter(Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);

  /** {@code 2026-11-21 09:30:00.000000}. */
  static final DateTimeFormatter LOCAL_DATE_TIME =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .appendLiteral(' ')
          .append(LOCAL_TIME)
          .toFormatter(Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);

  /** {@code 2026-11-21 09:30:00.000000Z}, always in UTC: instants and offset date-times. */
  static final DateTimeFormatter INSTANT =
      new DateTimeFormatterBuilder()
          .append(LOCAL_DATE_TIME)
          .appendLiteral('Z')
          .toFormatter(Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);

  private SqliteFormats() {}
}
