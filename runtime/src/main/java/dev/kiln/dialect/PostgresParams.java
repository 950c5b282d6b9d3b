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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Binds PostgreSQL's native types. Times are truncated to microseconds, PostgreSQL's precision,
 * so that both dialects store the same value (the server would round instead).
 */
final class PostgresParams extends Params {
  PostgresParams(PreparedStatement statement) {
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
  protected void bindLocalDate(int index, LocalDate value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.DATE);
    } else {
      statement.setObject(index, value);
    }
  }

  @Override
  public void setLocalTime(int index, LocalTime value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.TIME);
    } else {
      statement.setObject(index, value.truncatedTo(ChronoUnit.MICROS));
    }
  }

  @Override
  protected void bindLocalDateTime(int index, LocalDateTime value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.TIMESTAMP);
    } else {
      statement.setObject(index, value.truncatedTo(ChronoUnit.MICROS));
    }
  }

  @Override
  protected void bindOffsetDateTime(int index, OffsetDateTime value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      statement.setObject(index, value.truncatedTo(ChronoUnit.MICROS).withOffsetSameInstant(ZoneOffset.UTC));
    }
  }

  @Override
  protected void bindInstant(int index, Instant value) throws SQLException {
    bindOffsetDateTime(index, value == null ? null : value.atOffset(ZoneOffset.UTC));
  }

  @Override
  public void setUuid(int index, UUID value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.OTHER);
    } else {
      statement.setObject(index, value);
    }
  }
}
