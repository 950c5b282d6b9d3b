package dev.kiln.dialect;

import dev.kiln.jdbc.Params;
import dev.kiln.jdbc.Row;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Reads PostgreSQL's native types through the driver's java.time support. */
final class PostgresRow extends Row {
  PostgresRow(ResultSet resultSet) {
    super(resultSet);
  }

  /**
   * The driver's own getter, which reads an {@code integer} column without widening it; it refuses
   * a wider value with SQLSTATE 22003, which is then read again to report it as SQLite does.
   */
  @Override
  public int getInt(int index) throws SQLException {
    try {
      return resultSet.getInt(index);
    } catch (SQLException e) {
      if (!Params.NUMERIC_VALUE_OUT_OF_RANGE.equals(e.getSQLState())) {
        throw e;
      }
      return super.getInt(index);
    }
  }

  @Override
  public BigDecimal getBigDecimal(int index) throws SQLException {
    return resultSet.getBigDecimal(index);
  }

  @Override
  public LocalDate getLocalDate(int index) throws SQLException {
    return resultSet.getObject(index, LocalDate.class);
  }

  @Override
  public LocalTime getLocalTime(int index) throws SQLException {
    return resultSet.getObject(index, LocalTime.class);
  }

  @Override
  public LocalDateTime getLocalDateTime(int index) throws SQLException {
    return resultSet.getObject(index, LocalDateTime.class);
  }

  @Override
  public OffsetDateTime getOffsetDateTime(int index) throws SQLException {
    return resultSet.getObject(index, OffsetDateTime.class);
  }

  @Override
  public Instant getInstant(int index) throws SQLException {
    OffsetDateTime value = resultSet.getObject(index, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  @Override
  public UUID getUuid(int index) throws SQLException {
    return resultSet.getObject(index, UUID.class);
  }
}
