package dev.kiln.error;

import java.sql.SQLException;

/**
 * A value the column cannot hold: a number out of its range, a string too long for its VARCHAR
 * on PostgreSQL, a character the database cannot store. Like a constraint violation, it rolls the
 * transaction back.
 */
public final class InvalidValueException extends DataAccessException {
  private static final long serialVersionUID = 1L;

  public InvalidValueException(String message, String sql, SQLException cause) {
    super(message, sql, cause);
  }
}
