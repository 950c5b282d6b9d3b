package dev.kiln.error;

import java.sql.SQLException;

/**
 * A lock the statement needed was held by another transaction, and the statement was told not to
 * wait for it ({@code FOR UPDATE NOWAIT}) or not that long ({@code lock_timeout}): PostgreSQL's
 * SQLSTATE 55P03. Once the other transaction ends, the same work can take the lock.
 */
public final class LockNotAvailableException extends TransientDataAccessException {
  private static final long serialVersionUID = 1L;

  public LockNotAvailableException(String message, String sql, SQLException cause) {
    super(message, sql, cause);
  }
}
