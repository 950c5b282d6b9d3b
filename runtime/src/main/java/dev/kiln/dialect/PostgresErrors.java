package dev.kiln.dialect;

import dev.kiln.error.ConnectionLostException;
import dev.kiln.error.DataAccessException;
import dev.kiln.error.DeadlockException;
import dev.kiln.error.InvalidValueException;
import dev.kiln.error.KilnException;
import dev.kiln.error.LockNotAvailableException;
import dev.kiln.error.QueryTimeoutException;
import dev.kiln.error.SerializationFailureException;
import dev.kiln.error.StorageFullException;
import java.sql.SQLException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Maps PostgreSQL's SQLSTATE codes, and the table, constraint and column its error reports carry.
 * Kept apart from {@link PostgresDialect} so that only this class needs the driver on the class
 * path (the processor renders PostgreSQL DDL without it).
 */
final class PostgresErrors {
  private static final String CONNECTION_LOST =
      "The connection to PostgreSQL was lost, and its open transaction was rolled back; run the"
          + " transaction again on a new connection (db.transaction retries it). A commit cut off"
          + " this way may have been written before the connection broke";

  private PostgresErrors() {}

  static KilnException translate(SQLException exception, String sql) {
    if (Violation.isInvalidValue(exception)) {
      return new InvalidValueException(exception.getMessage(), sql, exception);
    }
    Violation violation = violation(exception.getSQLState());
    if (violation == null) {
      return failure(exception, sql);
    }
    ServerErrorMessage report =
        exception instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
    if (report == null) {
      return violation.exception(exception, sql, null, null, null);
    }
    return violation.exception(
        exception, sql, report.getTable(), report.getConstraint(), report.getColumn());
  }

  /**
   * A failure other than a broken constraint: typed where the SQLSTATE tells what to do next (run
   * it again, allow more time, free space), a plain {@link DataAccessException} otherwise.
   */
  private static DataAccessException failure(SQLException exception, String sql) {
    String state = exception.getSQLState() == null ? "" : exception.getSQLState();
    String said = "\n  PostgreSQL said: " + exception.getMessage();
    if (state.startsWith("08")) {
      return new ConnectionLostException(CONNECTION_LOST + said, sql, exception);
    }
    return switch (state) {
      case "40001" -> new SerializationFailureException(
          "PostgreSQL rolled this transaction back because a concurrent transaction changed rows it"
              + " read or wrote; run it again (db.transaction retries it)" + said,
          sql,
          exception);
      case "40P01" -> new DeadlockException(
          "PostgreSQL aborted this transaction to break a deadlock; run it again (db.transaction"
              + " retries it)" + said,
          sql,
          exception);
      case "55P03" -> new LockNotAvailableException(
          "PostgreSQL could not lock what another transaction holds, without waiting (NOWAIT) or"
              + " within lock_timeout; run it again once that transaction ends (db.transaction"
              + " retries it)" + said,
          sql,
          exception);
      case "57P01", "57P02", "57P03", "57P05" -> new ConnectionLostException(
          CONNECTION_LOST + said, sql, exception);
      case "57014" -> new QueryTimeoutException(
          "PostgreSQL cancelled the statement: it ran past statement_timeout or the query"
              + " timeout, or was cancelled; make it faster or allow it more time" + said,
          sql,
          exception);
      case "53100" -> new StorageFullException(
          "PostgreSQL's disk is full, so nothing can be written; free disk space on the server"
              + said,
          sql,
          exception);
      default -> new DataAccessException(
          "PostgreSQL failed: " + exception.getMessage(), sql, exception);
    };
  }

  private static Violation violation(String sqlState) {
    if (sqlState == null) {
      return null;
    }
    return switch (sqlState) {
      case "23505" -> Violation.UNIQUE;
      case "23502" -> Violation.NOT_NULL;
      case "23503" -> Violation.FOREIGN_KEY;
      case "23514" -> Violation.CHECK;
      default -> null;
    };
  }
}
