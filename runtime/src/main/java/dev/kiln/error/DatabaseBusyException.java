package dev.kiln.error;

import java.sql.SQLException;

/** SQLite's database was locked by another connection for longer than the busy timeout ({@code SQLITE_BUSY}, {@code SQLITE_BUSY_SNAPSHOT}, {@code SQLITE_LOCKED}); run the transaction again. */
public class DatabaseBusyException extends TransientDataAccessException {
  private static final long serialVersionUID = 1L;

  public DatabaseBusyException(String message, String sql, SQLException cause) {
    super(message, sql, cause);
  }
}
