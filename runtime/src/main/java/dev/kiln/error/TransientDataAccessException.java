package dev.kiln.error;

import java.sql.SQLException;

/**
 * A failure that running the same work again may not meet: the database broke a deadlock, could
 * not serialize the transaction, found a row locked, was busy, or the connection was lost. Nothing
 * of the transaction remains. {@code db.transaction(...)} runs its block again after one of these
 * (see {@code RetryPolicy}); code with its own sessions may do the same.
 */
public class TransientDataAccessException extends DataAccessException {
  private static final long serialVersionUID = 1L;

  public TransientDataAccessException(String message, String sql, SQLException cause) {
    super(message, sql, cause);
  }
}
