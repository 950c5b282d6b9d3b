package dev.kiln.jdbc;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The current row of a result set, read by 1-based column index. Generated row mappers call one
 * typed getter per column; each dialect supplies the getters whose storage format differs. A
 * primitive getter reads SQL {@code NULL} as zero, which only a nullable column can hold.
 */
public abstract class Row {
  protected final ResultSet resultSet;

  protected Row(ResultSet resultSet) {
    this.resultSet = resultSet;
  }

  public final byte getByte(int index) throws SQLException {
    return (byte) getNarrowed(index, Byte.MIN_VALUE, Byte.MAX_VALUE, "byte");
  }

  public final Byte getBoxedByte(int index) throws SQLException {
    byte value = getByte(index);
    return resultSet.wasNull() ? null : value;
  }

  public final short getShort(int index) throws SQLException {
    return (short) getNarrowed(index, Short.MIN_VALUE, Short.MAX_VALUE, "short");
  }

  public final Short getBoxedShort(int index) throws SQLException {
    short value = getShort(index);
    return resultSet.wasNull() ? null : value;
  }

  /**
   * Read as a long and range-checked, since sqlite-jdbc's {@code getInt} keeps the low bits of a
   * wider value. A dialect whose driver refuses such a value itself overrides this with the
   * driver's getter, which can be faster.
   */
  public int getInt(int index) throws SQLException {
    return (int) getNarrowed(index, Integer.MIN_VALUE, Integer.MAX_VALUE, "int");
  }

  public final Integer getBoxedInt(int index) throws SQLException {
    int value = getInt(index);
    return resultSet.wasNull() ? null : value;
  }

  /**
   * The value read as a long, refused if the narrower type cannot hold it: sqlite-jdbc's getInt
   * would silently keep the low bits of a larger value, such as a SUM past Integer.MAX_VALUE.
   */
  private long getNarrowed(int index, long min, long max, String type) throws SQLException {
    long value = resultSet.getLong(index);
    if (value < min || value > max) {
      // SQLSTATE 22003, numeric value out of range: the dialects translate it as an invalid value.
      throw new SQLDataException("Column " + index + " holds " + value + ", out of range for " + type, "22003");
    }
    return value;
  }

  public final long getLong(int index) throws SQLException {
    return resultSet.getLong(index);
  }

  public final Long getBoxedLong(int index) throws SQLException {
    long value = resultSet.getLong(index);
    return resultSet.wasNull() ? null : value;
  }

  public final float getFloat(int index) throws SQLException {
    return resultSet.getFloat(index);
  }

  public final Float getBoxedFloat(int index) throws SQLException {
    float value = resultSet.getFloat(index);
    return resultSet.wasNull() ? null : value;
  }

  public final double getDouble(int index) throws SQLException {
    return resultSet.getDouble(index);
  }

  public final Double getBoxedDouble(int index) throws SQLException {
    double value = resultSet.getDouble(index);
    return resultSet.wasNull() ? null : value;
  }

  public final boolean getBoolean(int index) throws SQLException {
    return resultSet.getBoolean(index);
  }

  public final Boolean getBoxedBoolean(int index) throws SQLException {
    boolean value = resultSet.getBoolean(index);
    return resultSet.wasNull() ? null : value;
  }

  public final char getChar(int index) throws SQLException {
    String text = resultSet.getString(index);
    return text == null || text.isEmpty() ? '\0' : text.charAt(0);
  }

  public final Character getBoxedChar(int index) throws SQLException {
    String text = resultSet.getString(index);
    return text == null ? null : getChar(index);
  }

  public final String getString(int index) throws SQLException {
    return resultSet.getString(index);
  }

  public final byte[] getBytes(int index) throws SQLException {
    return resultSet.getBytes(index);
  }

  public final BigInteger getBigInteger(int index) throws SQLException {
    BigDecimal value = getBigDecimal(index);
    return value == null ? null : value.toBigIntegerExact();
  }

  /** A duration is stored as its length in nanoseconds. */
  public final Duration getDuration(int index) throws SQLException {
    long nanos = resultSet.getLong(index);
    return resultSet.wasNull() ? null : Duration.ofNanos(nanos);
  }

  public abstract BigDecimal getBigDecimal(int index) throws SQLException;

  public abstract LocalDate getLocalDate(int index) throws SQLException;

  public abstract LocalTime getLocalTime(int index) throws SQLException;

  public abstract LocalDateTime getLocalDateTime(int index) throws SQLException;

  /** An offset date-time is stored as its instant, so it comes back at offset UTC. */
  public abstract OffsetDateTime getOffsetDateTime(int index) throws SQLException;

  public abstract Instant getInstant(int index) throws SQLException;

  public abstract UUID getUuid(int index) throws SQLException;
}
