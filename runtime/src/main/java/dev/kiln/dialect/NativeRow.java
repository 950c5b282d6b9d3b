package dev.kiln.dialect;

import dev.kiln.jdbc.Row;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/** Reads what {@link NativeParams} binds, through the driver's BigDecimal and java.time support. */
abstract class NativeRow extends Row {
  NativeRow(ResultSet resultSet) {
    super(resultSet);
  }

  @Override
  public BigDecimal getBigDecimal(int index) throws SQLException {
    return resultSet.getBigDecimal(index);
  }

  @Override
  public final LocalDate getLocalDate(int index) throws SQLException {
    return resultSet.getObject(index, LocalDate.class);
  }

  @Override
  public final LocalTime getLocalTime(int index) throws SQLException {
    return resultSet.getObject(index, LocalTime.class);
  }

  @Override
  public final LocalDateTime getLocalDateTime(int index) throws SQLException {
    return resultSet.getObject(index, LocalDateTime.class);
  }

  @Override
  public final Instant getInstant(int index) throws SQLException {
    OffsetDateTime value = getOffsetDateTime(index);
    return value == null ? null : value.toInstant();
  }
}
