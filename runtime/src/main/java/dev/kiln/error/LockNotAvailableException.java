package dev.kiln.error;

import java.sql.SQLException;

/** A row this statement had to lock was locked by another transaction and it would not wait ({@code FOR UPDATE NOWAIT}, SQLSTATE 55P03). */
public class LockNotAvailableException extends TransientDataAccessException {
  private static final long serialVersionUID = 1L;

  public LockNotAvailableException(String message, String sql, SQLException cause) {
    super(message, sql, cause);
  }
}
