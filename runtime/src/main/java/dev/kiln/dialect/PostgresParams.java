package dev.kiln.dialect;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Binds PostgreSQL's native types, {@code timestamp with time zone} and {@code uuid} included. */
final class PostgresParams extends NativeParams {
  PostgresParams(PreparedStatement statement) {
    super(statement);
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
  public void setUuid(int index, UUID value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.OTHER);
    } else {
      statement.setObject(index, value);
    }
  }
}
