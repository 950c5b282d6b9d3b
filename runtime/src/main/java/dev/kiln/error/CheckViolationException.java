package dev.kiln.error;

import java.sql.SQLException;

/** A value failed a check constraint. */
public final class CheckViolationException extends ConstraintViolationException {
  private static final long serialVersionUID = 1L;

  public CheckViolationException(
      String message, String sql, SQLException cause, String table, String constraint, String column) {
    super(message, sql, cause, table, constraint, column);
  }
}
