package dev.kiln.error;

import java.sql.SQLException;

/** A row would refer to a missing row, or a referenced row would be deleted. */
public final class ForeignKeyViolationException extends ConstraintViolationException {
  private static final long serialVersionUID = 1L;

  public ForeignKeyViolationException(
      String message, String sql, SQLException cause, String table, String constraint, String column) {
    super(message, sql, cause, table, constraint, column);
  }
}
