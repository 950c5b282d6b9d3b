package dev.kiln.jdbc;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * The parameters of a prepared statement, bound by 1-based index. Generated binders call one
 * typed setter per column; each dialect supplies the setters whose storage format differs.
 */
public abstract class Params {
  protected final PreparedStatement statement;

  protected Params(PreparedStatement statement) {
    this.statement = statement;
  }

  public final void setInt(int index, int value) throws SQLException {
    statement.setInt(index, value);
  }

  public final void setBoxedInt(int index, Integer value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.INTEGER);
    } else {
      statement.setInt(index, value);
    }
  }

  public final void setLong(int index, long value) throws SQLException {
    statement.setLong(index, value);
  }

  public final void setBoxedLong(int index, Long value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.BIGINT);
    } else {
      statement.setLong(index, value);
    }
  }

  public final void setDouble(int index, double value) throws SQLException {
    statement.setDouble(index, value);
  }

  public final void setBoxedDouble(int index, Double value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.DOUBLE);
    } else {
      statement.setDouble(index, value);
    }
  }

  public final void setBoolean(int index, boolean value) throws SQLException {
    statement.setBoolean(index, value);
  }

  public final void setBoxedBoolean(int index, Boolean value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.BOOLEAN);
    } else {
      statement.setBoolean(index, value);
    }
  }

  public final void setString(int index, String value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.VARCHAR);
    } else {
      statement.setString(index, value);
    }
  }

  public final void setBytes(int index, byte[] value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.BINARY);
    } else {
      statement.setBytes(index, value);
    }
  }

  public abstract void setBigDecimal(int index, BigDecimal value) throws SQLException;

  public abstract void setLocalDateTime(int index, LocalDateTime value) throws SQLException;

  public abstract void setLocalDate(int index, LocalDate value) throws SQLException;

  public abstract void setInstant(int index, Instant value) throws SQLException;

  public abstract void setUuid(int index, UUID value) throws SQLException;
}
