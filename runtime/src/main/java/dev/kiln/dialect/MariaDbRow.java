package dev.kiln.dialect;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Reads what {@link MariaDbParams} binds. */
final class MariaDbRow extends NativeRow {
  MariaDbRow(ResultSet resultSet) {
    super(resultSet);
  }

  @Override
  public OffsetDateTime getOffsetDateTime(int index) throws SQLException {
    LocalDateTime utc = getLocalDateTime(index);
    return utc == null ? null : utc.atOffset(ZoneOffset.UTC);
  }

  @Override
  public UUID getUuid(int index) throws SQLException {
    String text = resultSet.getString(index);
    return text == null ? null : UUID.fromString(text);
  }
}
