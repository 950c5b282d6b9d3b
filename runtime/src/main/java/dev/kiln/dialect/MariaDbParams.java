package dev.kiln.dialect;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Binds MariaDB's types. It has no date-time type with an offset (its {@code TIMESTAMP} ends in
 * 2038), so an offset date-time is stored as its UTC date-time; a UUID is stored as its text.
 */
final class MariaDbParams extends NativeParams {
  MariaDbParams(PreparedStatement statement) {
    super(statement);
  }

  @Override
  protected void bindOffsetDateTime(int index, OffsetDateTime value) throws SQLException {
    bindLocalDateTime(index, value == null ? null : value.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
  }

  @Override
  public void setUuid(int index, UUID value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.CHAR);
    } else {
      statement.setString(index, value.toString());
    }
  }
}
