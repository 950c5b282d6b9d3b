package dev.kiln.error;

import java.sql.SQLException;

/** A statement ran longer than its timeout and was cancelled (PostgreSQL SQLSTATE 57014, SQLite {@code SQLITE_INTERRUPT}). Not retried: it would likely time out again. */
public class QueryTimeoutException extends DataAccessException {
  private static final long serialVersionUID = 1L;

  public QueryTimeoutException(String message, String sql, SQLException cause) {
    super(message, sql, cause);
  }
}
