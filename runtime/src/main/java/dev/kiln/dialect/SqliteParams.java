package dev.kiln.dialect;

import dev.kiln.jdbc.Params;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Stores decimals, dates, times and UUIDs as text: SQLite would turn a decimal into a lossy REAL,
 * and has no date, time or UUID type.
 */
final class SqliteParams extends Params {
  SqliteParams(PreparedStatement statement) {
    super(statement);
  }

  /** {@link BigDecimal#toString()} round-trips exactly, scale included. */
  @Override
  protected void bindDecimal(int index, BigDecimal value) throws SQLException {
    setString(index, value == null ? null : value.toString());
  }

  @Override
  protected void bindLocalDate(int index, LocalDate value) throws SQLException {
    setString(index, value == null ? null : value.toString());
  }

  @Override
  public void setLocalTime(int index, LocalTime value) throws SQLException {
    setString(index, value == null ? null : SqliteFormats.LOCAL_TIME.format(value));
  }

  @Override
  protected void bindLocalDateTime(int index, LocalDateTime value) throws SQLException {
    setString(index, value == null ? null : SqliteFormats.LOCAL_DATE_TIME.format(value));
  }

  @Override
  protected void bindOffsetDateTime(int index, OffsetDateTime value) throws SQLException {
    setString(
        index,
        value == null ? null : SqliteFormats.INSTANT.format(value.withOffsetSameInstant(ZoneOffset.UTC)));
  }

  @Override
  protected void bindInstant(int index, Instant value) throws SQLException {
    bindOffsetDateTime(index, value == null ? null : value.atOffset(ZoneOffset.UTC));
  }

  @Override
  public void setUuid(int index, UUID value) throws SQLException {
    setString(index, value == null ? null : value.toString());
  }
}
