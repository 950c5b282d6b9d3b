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
import java.time.ZoneOffset;
import java.util.UUID;

/** Reads the text formats {@link SqliteParams} writes. */
final class SqliteRow extends Row {
  SqliteRow(ResultSet resultSet) {
    super(resultSet);
  }

  @Override
  public BigDecimal getBigDecimal(int index) throws SQLException {
    String text = resultSet.getString(index);
    return text == null ? null : new BigDecimal(text);
  }

  @Override
  public LocalDate getLocalDate(int index) throws SQLException {
    String text = resultSet.getString(index);
    return text == null ? null : LocalDate.parse(text);
  }

  @Override
  public LocalTime getLocalTime(int index) throws SQLException {
    String text = resultSet.getString(index);
    return text == null ? null : LocalTime.parse(text, SqliteFormats.LOCAL_TIME);
  }

  @Override
  public LocalDateTime getLocalDateTime(int index) throws SQLException {
    String text = resultSet.getString(index);
    return text == null ? null : SqliteFormats.parseLocalDateTime(text, false);
  }

  @Override
  public OffsetDateTime getOffsetDateTime(int index) throws SQLException {
    String text = resultSet.getString(index);
    return text == null
        ? null
        : SqliteFormats.parseLocalDateTime(text, true).atOffset(ZoneOffset.UTC);
  }

  @Override
  public Instant getInstant(int index) throws SQLException {
    OffsetDateTime value = getOffsetDateTime(index);
    return value == null ? null : value.toInstant();
  }

  @Override
  public UUID getUuid(int index) throws SQLException {
    String text = resultSet.getString(index);
    return text == null ? null : UUID.fromString(text);
  }
}
