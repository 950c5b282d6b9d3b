package dev.kiln.error;

import java.sql.SQLException;

/** The connection to the database broke (SQLSTATE class 08, a server shutdown, an I/O error); the connection is dropped from the pool and the transaction must be run again on a new one. */
public class ConnectionLostException extends TransientDataAccessException {
  private static final long serialVersionUID = 1L;

  public ConnectionLostException(String message, String sql, SQLException cause) {
    super(message, sql, cause);
  }
}
