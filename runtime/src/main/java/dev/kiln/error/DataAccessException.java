package dev.kiln.error;

import java.sql.SQLException;

/** The database refused or failed a statement. Carries the SQL and the driver's exception. */
public class DataAccessException extends KilnException {
  private static final long serialVersionUID = 1L;

  private final String sql;

  public DataAccessException(String message, String sql, SQLException cause) {
    super(sql == null ? message : message + "\n  SQL: " + sql, cause);
    this.sql = sql;
  }

  /** The statement that failed, or {@code null} when the failure was not a statement's. */
  public String sql() {
    return sql;
  }

  /** The SQLSTATE the driver reported, or {@code null} (sqlite-jdbc reports none). */
  public String sqlState() {
    return getCause() instanceof SQLException e ? e.getSQLState() : null;
  }

  /**
   * The driver's own error code ({@link SQLException#getErrorCode()}), or 0 when it gave none.
   * pgjdbc always gives 0; sqlite-jdbc gives SQLite's primary result code, such as 5 for
   * SQLITE_BUSY, also when the message names an extended code such as SQLITE_BUSY_SNAPSHOT.
   */
  public int vendorCode() {
    return getCause() instanceof SQLException e ? e.getErrorCode() : 0;
  }
}
