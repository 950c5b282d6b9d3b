package dev.kiln.error;

import java.sql.SQLException;

/**
 * The connection to the database broke or could not be made: SQLSTATE class 08 (pgjdbc reports an
 * I/O error as 08006 and a refused connection as 08001), or the server ended the session (57P01 an
 * administrator or a fast shutdown, 57P02 a crash of another server process, 57P03 not accepting
 * connections yet, 57P05 {@code idle_session_timeout}). The transaction on it is gone; on a new
 * connection the same work may succeed.
 *
 * <p>If the connection broke during {@code COMMIT}, the commit may or may not have been written:
 * running the work again is safe only if it is safe to do twice.
 */
public final class ConnectionLostException extends TransientDataAccessException {
  private static final long serialVersionUID = 1L;

  public ConnectionLostException(String message, String sql, SQLException cause) {
    super(message, sql, cause);
  }
}
