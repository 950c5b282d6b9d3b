package dev.kiln.dialect;

import dev.kiln.error.DataAccessException;
import dev.kiln.error.DatabaseBusyException;
import dev.kiln.error.InvalidValueException;
import dev.kiln.error.KilnException;
import dev.kiln.error.QueryTimeoutException;
import dev.kiln.error.StorageFullException;
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
    Violation violation = violation(resultCode);
    if (violation == null) {
      return failure(resultCode, message, sql, exception);
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

  /**
   * A failure other than a broken constraint: typed where the result code tells what to do next
   * (run it again, free space), a plain {@link DataAccessException} otherwise. sqlite-jdbc's query
   * timeout is a busy timeout, so it arrives here as SQLITE_BUSY; only {@code Statement.cancel()}
   * interrupts a running statement.
   */
  private static DataAccessException failure(
      String resultCode, String message, String sql, SQLException exception) {
    String said = "\n  SQLite said: " + message;
    return switch (resultCode) {
      case "SQLITE_BUSY", "SQLITE_BUSY_TIMEOUT" -> new DatabaseBusyException(
          "Another connection holds the lock this one needs on the SQLite database, and"
              + " busy_timeout (or the query timeout) ran out; run it again (db.transaction"
              + " retries it), and keep write transactions short" + said,
          sql,
          exception);
      case "SQLITE_BUSY_RECOVERY" -> new DatabaseBusyException(
          "Another connection is recovering the SQLite database's write-ahead log; run it again"
              + " (db.transaction retries it)" + said,
          sql,
          exception);
      case "SQLITE_BUSY_SNAPSHOT" -> new DatabaseBusyException(
          "Another connection wrote to the SQLite database after this transaction began reading,"
              + " so this transaction cannot write; run it again from the start (db.transaction"
              + " retries it)" + said,
          sql,
          exception);
      case "SQLITE_LOCKED_SHAREDCACHE" -> new DatabaseBusyException(
          "Another connection to this shared-cache (in-memory) SQLite database holds a lock on"
              + " the table; run it again (db.transaction retries it)" + said,
          sql,
          exception);
      case "SQLITE_LOCKED" -> new DatabaseBusyException(
          "A table of the SQLite database is locked, most often by a statement of this same"
              + " connection still reading it; close that statement's results and run it again"
              + said,
          sql,
          exception);
      case "SQLITE_INTERRUPT" -> new QueryTimeoutException(
          "SQLite interrupted the statement: it was cancelled before it finished, and an"
              + " interrupted write rolls its transaction back; run it again if it is still"
              + " wanted" + said,
          sql,
          exception);
      case "SQLITE_FULL" -> new StorageFullException(
          "SQLite could not write: the disk is full or the database reached its"
              + " max_page_count; free disk space or raise the limit" + said,
          sql,
          exception);
      default -> new DataAccessException("SQLite failed: " + message, sql, exception);
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
