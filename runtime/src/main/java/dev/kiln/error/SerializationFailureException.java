package dev.kiln.error;

import java.sql.SQLException;

/** PostgreSQL could not order this transaction among concurrent ones (SQLSTATE 40001) and rolled it back; run it again. */
public class SerializationFailureException extends TransientDataAccessException {
  private static final long serialVersionUID = 1L;

  public SerializationFailureException(String message, String sql, SQLException cause) {
    super(message, sql, cause);
  }
}
