package dev.kiln.dialect;

import dev.kiln.jdbc.Params;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Reads PostgreSQL's native types through the driver's java.time support. */
final class PostgresRow extends NativeRow {
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
  public OffsetDateTime getOffsetDateTime(int index) throws SQLException {
    return resultSet.getObject(index, OffsetDateTime.class);
  }

  @Override
  public UUID getUuid(int index) throws SQLException {
    return resultSet.getObject(index, UUID.class);
  }
}
