package dev.kiln.dialect;

import dev.kiln.jdbc.Params;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Stores decimals, dates, instants and UUIDs as text: SQLite would turn a decimal into a lossy
 * REAL, and has no date or UUID type.
 */
final class SqliteParams extends Params {
  SqliteParams(PreparedStatement statement) {
    super(statement);
  }

  /** {@link BigDecimal#toString()} round-trips exactly, scale included. */
  @Override
  public void setBigDecimal(int index, BigDecimal value) throws SQLException {
    setString(index, value == null ? null : value.toString());
  }

  @Override
  public void setLocalDateTime(int index, LocalDateTime value) throws SQLException {
    setString(index, value == null ? null : SqliteFormats.LOCAL_DATE_TIME.format(value));
  }

  @Override
  public void setLocalDate(int index, LocalDate value) throws SQLException {
    setString(index, value == null ? null : value.toString());
  }

  @Override
  public void setInstant(int index, Instant value) throws SQLException {
    setString(
        index,
        value == null ? null : SqliteFormats.INSTANT.format(value.atOffset(ZoneOffset.UTC)));
  }

  @Override
  public void setUuid(int index, UUID value) throws SQLException {
    setString(index, value == null ? null : value.toString());
  }
}
