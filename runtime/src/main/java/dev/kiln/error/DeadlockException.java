package dev.kiln.error;

import java.sql.SQLException;

/** PostgreSQL aborted this transaction to break a deadlock (SQLSTATE 40P01); run it again, and lock rows in one order (by key) to avoid deadlocks. */
public class DeadlockException extends TransientDataAccessException {
  private static final long serialVersionUID = 1L;

  public DeadlockException(String message, String sql, SQLException cause) {
    super(message, sql, cause);
  }
}
