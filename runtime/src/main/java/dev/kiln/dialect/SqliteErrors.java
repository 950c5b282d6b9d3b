package dev.kiln.dialect;

import dev.kiln.error.DataAccessException;
import dev.kiln.error.InvalidValueException;
import dev.kiln.error.KilnException;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads sqlite-jdbc's messages, which start with the extended result code in brackets and, for a
 * constraint, end with the offending {@code table.column}: {@code [SQLITE_CONSTRAINT_UNIQUE] A
 * UNIQUE constraint failed (UNIQUE constraint failed: user.email)}.
 */
final class SqliteErrors {
  private static final Pattern RESULT_CODE = Pattern.compile("^\\[(SQLITE_[A-Z_]+)]");
  private static final Pattern TABLE_COLUMN =
      Pattern.compile("constraint failed: ([^.\\s,()]+)\\.([^\\s,()]+)");
  /**
   * A failed CHECK names the constraint instead, to the end of the message but for the driver's
   * closing bracket: {@code (CHECK constraint failed: item_price_check)}. A quoted name may hold
   * spaces and brackets, so the name is everything up to there.
   */
  private static final Pattern CHECK_NAME = Pattern.compile("CHECK constraint failed: (.+?)\\)?$");

  private SqliteErrors() {}

  static KilnException translate(SQLException exception, String sql) {
    String message = exception.getMessage() == null ? "" : exception.getMessage();
    if (Violation.isInvalidValue(exception)) {
      return new InvalidValueException(message, sql, exception);
    }
    Matcher code = RESULT_CODE.matcher(message);
    String resultCode = code.find() ? code.group(1) : "";
    OperationalFailure failure = operational(resultCode);
    if (failure != null) {
      return failure.exception("SQLite", exception, sql);
    }
    Violation violation = violation(resultCode);
    if (violation == null) {
      return new DataAccessException("SQLite failed: " + message, sql, exception);
    }
    if (violation == Violation.CHECK) {
      Matcher check = CHECK_NAME.matcher(message);
      return violation.exception(exception, sql, null, check.find() ? check.group(1) : null, null);
    }
    Matcher place = TABLE_COLUMN.matcher(message);
    boolean located = place.find();
    return violation.exception(
        exception, sql, located ? place.group(1) : null, null, located ? place.group(2) : null);
  }

  private static OperationalFailure operational(String resultCode) {
    if (resultCode.startsWith("SQLITE_BUSY") || resultCode.startsWith("SQLITE_LOCKED")) {
      return OperationalFailure.BUSY;
    }
    return switch (resultCode) {
      case "SQLITE_INTERRUPT" -> OperationalFailure.TIMEOUT;
      case "SQLITE_FULL" -> OperationalFailure.STORAGE_FULL;
      default -> null;
    };
  }

  private static Violation violation(String resultCode) {
    return switch (resultCode) {
      case "SQLITE_CONSTRAINT_UNIQUE", "SQLITE_CONSTRAINT_PRIMARYKEY" -> Violation.UNIQUE;
      case "SQLITE_CONSTRAINT_NOTNULL" -> Violation.NOT_NULL;
      case "SQLITE_CONSTRAINT_FOREIGNKEY" -> Violation.FOREIGN_KEY;
      case "SQLITE_CONSTRAINT_CHECK" -> Violation.CHECK;
      default -> null;
    };
  }
}
