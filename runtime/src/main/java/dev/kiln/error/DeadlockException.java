package dev.kiln.error;

import java.sql.SQLException;

/**
 * Two or more transactions each waited for a lock another held, and PostgreSQL rolled this one back
 * so that the others could go on (SQLSTATE 40P01). Run again, it usually gets its locks; taking
 * rows in one order everywhere (by key, say) makes deadlocks rare.
 */
public final class DeadlockException extends TransientDataAccessException {
  private static final long serialVersionUID = 1L;

  public DeadlockException(String message, String sql, SQLException cause) {
    super(message, sql, cause);
  }
}
