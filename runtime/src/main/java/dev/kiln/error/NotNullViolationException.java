package dev.kiln.error;

import java.sql.SQLException;

/** A column that may not be null was given no value. */
public final class NotNullViolationException extends ConstraintViolationException {
  private static final long serialVersionUID = 1L;

  public NotNullViolationException(
      String message, String sql, SQLException cause, String table, String constraint, String column) {
    super(message, sql, cause, table, constraint, column);
  }
}
