package dev.kiln.jdbc;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * The current row of a result set, read by 1-based column index. Generated row mappers call one
 * typed getter per column; each dialect supplies the getters whose storage format differs.
 */
public abstract class Row {
  protected final ResultSet resultSet;

  protected Row(ResultSet resultSet) {
    this.resultSet = resultSet;
  }

  public final int getInt(int index) throws SQLException {
    return resultSet.getInt(index);
  }

  public final Integer getBoxedInt(int index) throws SQLException {
    int value = resultSet.getInt(index);
    return resultSet.wasNull() ? null : value;
  }

  public final long getLong(int index) throws SQLException {
    return resultSet.getLong(index);
  }

  public final Long getBoxedLong(int index) throws SQLException {
    long value = resultSet.getLong(index);
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

  public final String getString(int index) throws SQLException {
    return resultSet.getString(index);
  }

  public final byte[] getBytes(int index) throws SQLException {
    return resultSet.getBytes(index);
  }

  public abstract BigDecimal getBigDecimal(int index) throws SQLException;

  public abstract LocalDateTime getLocalDateTime(int index) throws SQLException;

  public abstract LocalDate getLocalDate(int index) throws SQLException;

  public abstract Instant getInstant(int index) throws SQLException;

  public abstract UUID getUuid(int index) throws SQLException;
}
