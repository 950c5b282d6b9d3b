package dev.kiln.dialect;

import dev.kiln.jdbc.Params;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLDataException;
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

  /**
   * Refuses a decimal with more digits after the point than MariaDB keeps (30), which it would
   * round without an error. A column with a precision has its values rounded to its scale first.
   */
  @Override
  protected void bindDecimal(int index, BigDecimal value) throws SQLException {
    if (value != null && value.stripTrailingZeros().scale() > MariaDbDialect.MAX_SCALE) {
      throw new SQLDataException(
          "Cannot store " + value.toPlainString() + " in MariaDB, which keeps at most " + MariaDbDialect.MAX_SCALE
              + " digits after the point: round it, or give the column a precision and scale",
          Params.NUMERIC_VALUE_OUT_OF_RANGE);
    }
    super.bindDecimal(index, value);
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
