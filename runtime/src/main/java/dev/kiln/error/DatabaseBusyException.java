package dev.kiln.error;

import java.sql.SQLException;

/**
 * SQLite could not get the lock it needed: another connection held it and {@code busy_timeout}
 * ran out (SQLITE_BUSY, which sqlite-jdbc's query timeout also raises, as it is a busy timeout),
 * another connection was recovering the write-ahead log (SQLITE_BUSY_RECOVERY), a WAL reader tried
 * to write after another connection committed (SQLITE_BUSY_SNAPSHOT), or a table was locked
 * (SQLITE_LOCKED; SQLITE_LOCKED_SHAREDCACHE between connections of one in-memory database).
 * SQLite lets one connection write at a time, so the same work succeeds once the writer is done.
 */
public final class DatabaseBusyException extends TransientDataAccessException {
  private static final long serialVersionUID = 1L;

  public DatabaseBusyException(String message, String sql, SQLException cause) {
    super(message, sql, cause);
  }
}
