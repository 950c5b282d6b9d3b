package dev.kiln.error;

import java.sql.SQLException;

/**
 * The database had no room to write: the disk is full (PostgreSQL's SQLSTATE 53100, SQLite's
 * SQLITE_FULL), or a SQLite database reached its {@code max_page_count}. Not retried: it fails
 * again until someone frees space. Running out of memory (53200) is not this.
 */
public final class StorageFullException extends DataAccessException {
  private static final long serialVersionUID = 1L;

  public StorageFullException(String message, String sql, SQLException cause) {
    super(message, sql, cause);
  }
}
