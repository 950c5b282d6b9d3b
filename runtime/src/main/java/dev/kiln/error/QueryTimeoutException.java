package dev.kiln.error;

import java.sql.SQLException;

/**
 * A statement was cancelled before it finished: on PostgreSQL it ran past {@code statement_timeout}
 * or {@code Statement.setQueryTimeout}, or was cancelled (SQLSTATE 57014); on SQLite it was
 * interrupted by {@code Statement.cancel()} (SQLITE_INTERRUPT). Not retried: the same statement
 * would most likely run as long again.
 */
public final class QueryTimeoutException extends DataAccessException {
  private static final long serialVersionUID = 1L;

  public QueryTimeoutException(String message, String sql, SQLException cause) {
    super(message, sql, cause);
  }
}
