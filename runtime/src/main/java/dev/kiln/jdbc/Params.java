package dev.kiln.jdbc;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The parameters of a prepared statement, bound by 1-based index. Generated binders call one
 * typed setter per column; each dialect supplies the setters whose storage format differs. A value
 * no database could store faithfully is refused with an {@link SQLDataException}, whose SQLSTATE
 * class 22 each dialect reports as an {@code InvalidValueException}.
 */
public abstract class Params {
  /** SQLSTATE for a number out of range: the same code PostgreSQL uses. */
  public static final String NUMERIC_VALUE_OUT_OF_RANGE = "22003";
  /** SQLSTATE for a character that cannot be stored. */
  public static final String CHARACTER_NOT_IN_REPERTOIRE = "22021";
  /** SQLSTATE for a value no column of its type can hold. */
  public static final String INVALID_PARAMETER_VALUE = "22023";
  /** SQLSTATE for a date or time out of range: the same code PostgreSQL uses. */
  public static final String DATETIME_FIELD_OVERFLOW = "22008";

  private static final Instant FIRST_INSTANT = Instant.parse("0000-01-01T00:00:00Z");
  private static final Instant LAST_INSTANT = Instant.parse("9999-12-31T23:59:59.999999999Z");

  protected final PreparedStatement statement;

  protected Params(PreparedStatement statement) {
    this.statement = statement;
  }

  /** Binds the values as one SQL array of the element type, such as {@code int8}. */
  public final void setArray(int index, String elementType, Object[] values) throws SQLException {
    statement.setArray(index, statement.getConnection().createArrayOf(elementType, values));
  }

  public final void setByte(int index, byte value) throws SQLException {
    statement.setShort(index, value);
  }

  public final void setBoxedByte(int index, Byte value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.SMALLINT);
    } else {
      statement.setShort(index, value);
    }
  }

  public final void setShort(int index, short value) throws SQLException {
    statement.setShort(index, value);
  }

  public final void setBoxedShort(int index, Short value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.SMALLINT);
    } else {
      statement.setShort(index, value);
    }
  }

  public final void setInt(int index, int value) throws SQLException {
    statement.setInt(index, value);
  }

  public final void setBoxedInt(int index, Integer value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.INTEGER);
    } else {
      statement.setInt(index, value);
    }
  }

  public final void setLong(int index, long value) throws SQLException {
    statement.setLong(index, value);
  }

  public final void setBoxedLong(int index, Long value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.BIGINT);
    } else {
      statement.setLong(index, value);
    }
  }

  public final void setFloat(int index, float value) throws SQLException {
    refuseNaN(value);
    statement.setFloat(index, value);
  }

  public final void setBoxedFloat(int index, Float value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.REAL);
    } else {
      setFloat(index, value);
    }
  }

  public final void setDouble(int index, double value) throws SQLException {
    refuseNaN(value);
    statement.setDouble(index, value);
  }

  public final void setBoxedDouble(int index, Double value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.DOUBLE);
    } else {
      setDouble(index, value);
    }
  }

  /**
   * SQLite stores NaN as NULL (or reports it as a NOT NULL violation), so Kiln refuses it on every
   * dialect, PostgreSQL included, for a model to behave the same on each. Infinities are kept.
   */
  private static void refuseNaN(double value) throws SQLDataException {
    if (Double.isNaN(value)) {
      throw new SQLDataException(
          "Cannot store NaN: SQLite would store it as NULL, so no dialect stores it", INVALID_PARAMETER_VALUE);
    }
  }

  public final void setBoolean(int index, boolean value) throws SQLException {
    statement.setBoolean(index, value);
  }

  public final void setBoxedBoolean(int index, Boolean value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.BOOLEAN);
    } else {
      statement.setBoolean(index, value);
    }
  }

  /** A char is stored as a one-character string; half of a surrogate pair is not a character. */
  public final void setChar(int index, char value) throws SQLException {
    if (Character.isSurrogate(value)) {
      throw new SQLDataException(
          String.format("Cannot store the lone surrogate \\u%04X as a character", (int) value),
          CHARACTER_NOT_IN_REPERTOIRE);
    }
    statement.setString(index, String.valueOf(value));
  }

  public final void setBoxedChar(int index, Character value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.CHAR);
    } else {
      setChar(index, value);
    }
  }

  /** A string with half of a surrogate pair is refused: every driver would write "?" for it. */
  public final void setString(int index, String value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.VARCHAR);
      return;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new SQLDataException(
            String.format("Cannot store a string with the lone surrogate \\u%04X at index %d", (int) c, i),
            CHARACTER_NOT_IN_REPERTOIRE);
      }
    }
    statement.setString(index, value);
  }

  public final void setBytes(int index, byte[] value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.BINARY);
    } else {
      statement.setBytes(index, value);
    }
  }

  /**
   * A decimal with a negative scale ({@code 1E+3}) is stored with scale 0 ({@code 1000}), as
   * PostgreSQL would store it anyway, so both dialects give back the same value.
   */
  public final void setBigDecimal(int index, BigDecimal value) throws SQLException {
    bindDecimal(index, value == null || value.scale() >= 0 ? value : value.setScale(0));
  }

  public final void setBigInteger(int index, BigInteger value) throws SQLException {
    bindDecimal(index, value == null ? null : new BigDecimal(value));
  }

  /** A duration is stored as its length in nanoseconds: about 292 years either way. */
  public final void setDuration(int index, Duration value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.BIGINT);
      return;
    }
    long nanos;
    try {
      nanos = value.toNanos();
    } catch (ArithmeticException e) {
      throw new SQLDataException(
          "Cannot store the duration " + value + ": it is stored in nanoseconds, at most about 292 years",
          NUMERIC_VALUE_OUT_OF_RANGE,
          e);
    }
    statement.setLong(index, nanos);
  }

  /** Binds a decimal whose scale is not negative. */
  protected abstract void bindDecimal(int index, BigDecimal value) throws SQLException;

  public final void setLocalDate(int index, LocalDate value) throws SQLException {
    if (value != null && !isStoredYear(value.getYear())) {
      throw outOfRange(value);
    }
    bindLocalDate(index, value);
  }

  public final void setLocalDateTime(int index, LocalDateTime value) throws SQLException {
    if (value != null && !isStoredYear(value.getYear())) {
      throw outOfRange(value);
    }
    bindLocalDateTime(index, value);
  }

  /** An offset date-time is stored as its instant, so the instant's year in UTC counts. */
  public final void setOffsetDateTime(int index, OffsetDateTime value) throws SQLException {
    if (value != null && !isStoredInstant(value.toInstant())) {
      throw outOfRange(value);
    }
    bindOffsetDateTime(index, value);
  }

  public final void setInstant(int index, Instant value) throws SQLException {
    if (value != null && !isStoredInstant(value)) {
      throw outOfRange(value);
    }
    bindInstant(index, value);
  }

  /**
   * Dates and times are stored for the years 0000 to 9999 (in UTC for instants). Outside them
   * SQLite's text no longer sorts in time order, PostgreSQL's driver turns a date before 4713 BC
   * into -infinity, and an instant may have no UTC date-time at all.
   */
  private static boolean isStoredYear(int year) {
    return year >= 0 && year <= 9999;
  }

  private static boolean isStoredInstant(Instant instant) {
    return !instant.isBefore(FIRST_INSTANT) && !instant.isAfter(LAST_INSTANT);
  }

  private static SQLDataException outOfRange(Object value) {
    return new SQLDataException(
        "Cannot store " + value + ": dates and times are stored for the years 0000 to 9999 only",
        DATETIME_FIELD_OVERFLOW);
  }

  /** Binds a date in the years 0000 to 9999, or null. */
  protected abstract void bindLocalDate(int index, LocalDate value) throws SQLException;

  /** Binds a date-time in the years 0000 to 9999, or null. */
  protected abstract void bindLocalDateTime(int index, LocalDateTime value) throws SQLException;

  /** Binds an offset date-time whose instant is in the years 0000 to 9999, or null. */
  protected abstract void bindOffsetDateTime(int index, OffsetDateTime value) throws SQLException;

  /** Binds an instant in the years 0000 to 9999, or null. */
  protected abstract void bindInstant(int index, Instant value) throws SQLException;

  public abstract void setLocalTime(int index, LocalTime value) throws SQLException;

  public abstract void setUuid(int index, UUID value) throws SQLException;
}
