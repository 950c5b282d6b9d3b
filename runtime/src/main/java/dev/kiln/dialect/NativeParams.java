package dev.kiln.dialect;

import dev.kiln.jdbc.Params;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Binds decimals, dates and times through a driver's own BigDecimal and java.time support, for
 * databases with native types for them. Times are truncated to microseconds, the precision Kiln
 * keeps on every database (a server would round instead).
 */
abstract class NativeParams extends Params {
  NativeParams(PreparedStatement statement) {
    super(statement);
  }

  @Override
  protected void bindDecimal(int index, BigDecimal value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.NUMERIC);
    } else {
      statement.setBigDecimal(index, value);
    }
  }

  @Override
  protected final void bindLocalDate(int index, LocalDate value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.DATE);
    } else {
      statement.setObject(index, value);
    }
  }

  @Override
  public final void setLocalTime(int index, LocalTime value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.TIME);
    } else {
      statement.setObject(index, value.truncatedTo(ChronoUnit.MICROS));
    }
  }

  @Override
  protected final void bindLocalDateTime(int index, LocalDateTime value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.TIMESTAMP);
    } else {
      statement.setObject(index, value.truncatedTo(ChronoUnit.MICROS));
    }
  }

  @Override
  protected final void bindInstant(int index, Instant value) throws SQLException {
    bindOffsetDateTime(index, value == null ? null : value.atOffset(ZoneOffset.UTC));
  }
}
