package dev.kiln.error;

import java.sql.SQLException;

/** The database has no room left (SQLite {@code SQLITE_FULL}, PostgreSQL SQLSTATE 53100); the statement and its transaction were rolled back. */
public class StorageFullException extends DataAccessException {
  private static final long serialVersionUID = 1L;

  public StorageFullException(String message, String sql, SQLException cause) {
    super(message, sql, cause);
  }
}
