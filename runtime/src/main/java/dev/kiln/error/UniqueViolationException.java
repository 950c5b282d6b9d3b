package dev.kiln.error;

import java.sql.SQLException;

/** Two rows would share a value that a unique constraint or primary key forbids to repeat. */
public final class UniqueViolationException extends ConstraintViolationException {
  private static final long serialVersionUID = 1L;

  public UniqueViolationException(
      String message, String sql, SQLException cause, String table, String constraint, String column) {
    super(message, sql, cause, table, constraint, column);
  }
}
