package dev.kiln.error;

import java.sql.SQLException;

/**
 * The database gave up on the work because of what other transactions or the connection were doing
 * at that moment, not because of the work itself: the same work may succeed if run again, from the
 * start, in a new transaction. This is the one type a transaction retry loop retries; its
 * subclasses say which condition it was. Everything else under {@link DataAccessException} fails
 * the same way when run again.
 */
public abstract class TransientDataAccessException extends DataAccessException {
  private static final long serialVersionUID = 1L;

  protected TransientDataAccessException(String message, String sql, SQLException cause) {
    super(message, sql, cause);
  }
}
