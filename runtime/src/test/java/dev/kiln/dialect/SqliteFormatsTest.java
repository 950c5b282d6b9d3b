package dev.kiln.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SQLite's date-time text is read by a fixed-width fast path: it must read exactly what the
 * formatter reads, and refuse exactly what it refuses, with its message.
 */
class SqliteFormatsTest {
  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void readsEveryWrittenDateTimeBackAsTheFormatterDoes(boolean utc) {
    Random random = new Random(7);
    long first = LocalDateTime.of(0, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
    long last = LocalDateTime.of(9999, 12, 31, 23, 59, 59).toEpochSecond(ZoneOffset.UTC);
    for (int i = 0; i < 100_000; i++) {
      LocalDateTime value =
          LocalDateTime.ofEpochSecond(
              first + (long) (random.nextDouble() * (last - first)),
              random.nextInt(1_000_000) * 1000,
              ZoneOffset.UTC);
      String text = (utc ? SqliteFormats.INSTANT : SqliteFormats.LOCAL_DATE_TIME).format(value);

      assertThat(SqliteFormats.parseLocalDateTime(text, utc)).as(text).isEqualTo(value);
    }
    for (String text : new String[] {"0000-01-01 00:00:00.000000", "9999-12-31 23:59:59.999999", "2024-02-29 12:00:00.000001"}) {
      String stored = utc ? text + "Z" : text;
      assertThat(SqliteFormats.parseLocalDateTime(stored, utc))
          .isEqualTo(LocalDateTime.parse(stored, utc ? SqliteFormats.INSTANT : SqliteFormats.LOCAL_DATE_TIME));
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-02-30 00:00:00.000000",
        "2025-02-29 00:00:00.000000",
        "2026-13-01 00:00:00.000000",
        "2026-00-10 00:00:00.000000",
        "2026-11-21 24:00:00.000000",
        "2026-11-21 09:60:00.000000",
        "2026-11-21 09:30:60.000000",
        "2026-1x-21 09:30:00.000000",
        "2026-11-21T09:30:00.000000",
        "2026-11-21 09:30:00.00000",
        "+2026-11-21 09:30:00.00000",
        "2026-11-21 09:30:00.000000Z",
        ""
      })
  void refusesWhatTheFormatterRefusesWithItsMessage(String text) {
    String expected = messageOf(() -> LocalDateTime.parse(text, SqliteFormats.LOCAL_DATE_TIME));

    assertThatThrownBy(() -> SqliteFormats.parseLocalDateTime(text, false))
        .isInstanceOf(DateTimeParseException.class)
        .hasMessage(expected);
  }

  private static String messageOf(Runnable parse) {
    try {
      parse.run();
    } catch (DateTimeParseException e) {
      return e.getMessage();
    }
    throw new AssertionError("the formatter accepted the text");
  }
}
