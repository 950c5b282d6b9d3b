package dev.kiln.dialect;

import java.math.BigDecimal;
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

  /**
   * A decimal column without a precision is MariaDB's widest, {@code DECIMAL(65, 30)}, which pads
   * every value to 30 digits after the point: those zeros are the column's, not the value's, and
   * are dropped (MariaDB keeps no scale of a value's own, so {@code 1.10} reads back as {@code 1.1}).
   */
  @Override
  public BigDecimal getBigDecimal(int index) throws SQLException {
    BigDecimal value = super.getBigDecimal(index);
    if (value == null || value.scale() != MariaDbDialect.MAX_SCALE
        || resultSet.getMetaData().getPrecision(index) != MariaDbDialect.MAX_PRECISION) {
      return value;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
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
