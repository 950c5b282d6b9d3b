package dev.kiln.dialect;

import dev.kiln.error.DataAccessException;
import dev.kiln.error.InvalidValueException;
import dev.kiln.error.KilnException;
import java.sql.SQLException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Maps PostgreSQL's SQLSTATE codes, and the table, constraint and column its error reports carry.
 * Kept apart from {@link PostgresDialect} so that only this class needs the driver on the class
 * path (the processor renders PostgreSQL DDL without it).
 */
final class PostgresErrors {
  private PostgresErrors() {}

  static KilnException translate(SQLException exception, String sql) {
    if (Violation.isInvalidValue(exception)) {
      return new InvalidValueException(exception.getMessage(), sql, exception);
    }
    OperationalFailure failure = operational(exception.getSQLState());
    if (failure != null) {
      return failure.exception("PostgreSQL", exception, sql);
    }
    Violation violation = violation(exception.getSQLState());
    if (violation == null) {
      return new DataAccessException("PostgreSQL failed: " + exception.getMessage(), sql, exception);
    }
    ServerErrorMessage report =
        exception instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
    if (report == null) {
      return violation.exception(exception, sql, null, null, null);
    }
    return violation.exception(
        exception, sql, report.getTable(), report.getConstraint(), report.getColumn());
  }

  private static OperationalFailure operational(String sqlState) {
    if (sqlState == null) {
      return null;
    }
    if (sqlState.startsWith("08")) {
      return OperationalFailure.CONNECTION_LOST;
    }
    return switch (sqlState) {
      case "40001" -> OperationalFailure.SERIALIZATION;
      case "40P01" -> OperationalFailure.DEADLOCK;
      case "55P03" -> OperationalFailure.LOCK_NOT_AVAILABLE;
      // Administrator or crash shutdown, or a server not accepting connections yet.
      case "57P01", "57P02", "57P03" -> OperationalFailure.CONNECTION_LOST;
      case "57014" -> OperationalFailure.TIMEOUT;
      case "53100" -> OperationalFailure.STORAGE_FULL;
      default -> null;
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
