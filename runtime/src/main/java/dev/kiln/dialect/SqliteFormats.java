package dev.kiln.dialect;

import java.time.DateTimeException;
import java.time.LocalDateTime;
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

  /** The length of {@link #LOCAL_DATE_TIME}'s text: it is fixed for the years it stores. */
  private static final int LOCAL_DATE_TIME_LENGTH = "2026-11-21 09:30:00.000000".length();

  private SqliteFormats() {}

  /**
   * Reads {@link #LOCAL_DATE_TIME} text, or {@link #INSTANT} text when {@code utc}. Rows are read
   * far more often than anything else here, and the fixed-width text is read straight into
   * {@link LocalDateTime#of}, which checks the fields as {@link ResolverStyle#STRICT} does; text
   * of any other shape goes to the formatter, which reports what is wrong with it.
   */
  static LocalDateTime parseLocalDateTime(String text, boolean utc) {
    int length = LOCAL_DATE_TIME_LENGTH + (utc ? 1 : 0);
    if (text.length() == length
        && text.charAt(4) == '-'
        && text.charAt(7) == '-'
        && text.charAt(10) == ' '
        && text.charAt(13) == ':'
        && text.charAt(16) == ':'
        && text.charAt(19) == '.'
        && (!utc || text.charAt(26) == 'Z')) {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 2);
      int day = digits(text, 8, 2);
      int hour = digits(text, 11, 2);
      int minute = digits(text, 14, 2);
      int second = digits(text, 17, 2);
      int micros = digits(text, 20, 6);
      if ((year | month | day | hour | minute | second | micros) >= 0) {
        try {
          return LocalDateTime.of(year, month, day, hour, minute, second, micros * 1000);
        } catch (DateTimeException outOfRange) {
          // February 30th and the like: the formatter says so in its own words below.
        }
      }
    }
    return LocalDateTime.parse(text, utc ? INSTANT : LOCAL_DATE_TIME);
  }

  /** The decimal number in {@code text} from {@code start}, or -1 if a character is not a digit. */
  private static int digits(String text, int start, int count) {
    int value = 0;
    for (int i = start; i < start + count; i++) {
      int digit = text.charAt(i) - '0';
      if (digit < 0 || digit > 9) {
        return -1;
      }
      value = value * 10 + digit;
    }
    return value;
  }
}
