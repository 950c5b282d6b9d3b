package dev.kiln.dialect;

import dev.kiln.error.ConnectionLostException;
import dev.kiln.error.DataAccessException;
import dev.kiln.error.DeadlockException;
import dev.kiln.error.InvalidValueException;
import dev.kiln.error.KilnException;
import dev.kiln.error.LockNotAvailableException;
import dev.kiln.error.QueryTimeoutException;
import dev.kiln.error.StorageFullException;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps MariaDB's (and MySQL's) error numbers, which say more than its SQLSTATEs (every broken
 * constraint is 23000), and reads the table, constraint and column from the server's message. Reads
 * only {@link SQLException}, so no driver class is needed.
 */
final class MariaDbErrors {
  private static final String CONNECTION_LOST =
      "The connection to MariaDB was lost, and its open transaction was rolled back; run the"
          + " transaction again on a new connection (db.transaction retries it). A commit cut off"
          + " this way may have been written before the connection broke";
  /** {@code Duplicate entry '1' for key 'user_email_key'}; MySQL 8 names it {@code 'user.user_email_key'}. */
  private static final Pattern DUPLICATE_KEY = Pattern.compile("for key '(?:([^'.]+)\\.)?([^']+)'$");
  /** {@code Column 'email' cannot be null}, {@code Field 'email' doesn't have a default value}. */
  private static final Pattern NULL_COLUMN = Pattern.compile("(?:Column|Field) '([^']+)'");
  /** {@code CONSTRAINT `item_price_check` failed for `shop`.`item`}. */
  private static final Pattern FAILED_CHECK =
      Pattern.compile("CONSTRAINT `((?:[^`]|``)+)` failed for `(?:[^`]|``)+`\\.`((?:[^`]|``)+)`");
  /** MySQL: {@code Check constraint 'item_price_check' is violated.} */
  private static final Pattern VIOLATED_CHECK = Pattern.compile("Check constraint '([^']+)' is violated");
  /** {@code a foreign key constraint fails (`shop`.`line`, CONSTRAINT `line_order_fk` FOREIGN KEY (`order_id`) ...}. */
  private static final Pattern FOREIGN_KEY = Pattern.compile(
      "\\(`(?:[^`]|``)+`\\.`((?:[^`]|``)+)`, CONSTRAINT `((?:[^`]|``)+)` FOREIGN KEY \\(`((?:[^`]|``)+)`");

  /** The table a statement of Kiln's writes: its names are always in backticks. */
  private static final Pattern WRITTEN_TABLE =
      Pattern.compile("^(?:INSERT INTO|UPDATE|DELETE FROM) `((?:[^`]|``)+)`");

  private MariaDbErrors() {}

  static KilnException translate(SQLException exception, String sql) {
    String message = exception.getMessage() == null ? "" : exception.getMessage();
    if (Violation.isInvalidValue(exception)) {
      return new InvalidValueException(message, sql, exception);
    }
    switch (exception.getErrorCode()) {
      case 1062, 1586 -> {
        Matcher key = DUPLICATE_KEY.matcher(message);
        boolean found = key.find();
        String table = found && key.group(1) != null ? key.group(1) : writtenTable(sql);
        return Violation.UNIQUE.exception(exception, sql, table, found ? unquoted(key.group(2)) : null, null);
      }
      case 1048, 1364 -> {
        Matcher column = NULL_COLUMN.matcher(message);
        return Violation.NOT_NULL.exception(
            exception, sql, writtenTable(sql), null, column.find() ? column.group(1) : null);
      }
      case 4025 -> {
        Matcher check = FAILED_CHECK.matcher(message);
        boolean found = check.find();
        return Violation.CHECK.exception(
            exception, sql, found ? unquoted(check.group(2)) : null, found ? unquoted(check.group(1)) : null, null);
      }
      case 3819 -> {
        Matcher check = VIOLATED_CHECK.matcher(message);
        return Violation.CHECK.exception(
            exception, sql, writtenTable(sql), check.find() ? check.group(1) : null, null);
      }
      case 1451, 1452, 1216, 1217 -> {
        Matcher key = FOREIGN_KEY.matcher(message);
        boolean found = key.find();
        return Violation.FOREIGN_KEY.exception(
            exception,
            sql,
            found ? unquoted(key.group(1)) : null,
            found ? unquoted(key.group(2)) : null,
            found ? unquoted(key.group(3)) : null);
      }
      default -> {
        return failure(exception, message, sql);
      }
    }
  }

  /**
   * A failure other than a broken constraint: typed where the error tells what to do next (run it
   * again, allow more time, free space), a plain {@link DataAccessException} otherwise.
   */
  private static DataAccessException failure(SQLException exception, String message, String sql) {
    String said = "\n  MariaDB said: " + message;
    String state = exception.getSQLState() == null ? "" : exception.getSQLState();
    return switch (exception.getErrorCode()) {
      case 1213 -> new DeadlockException(
          "MariaDB rolled this transaction back to break a deadlock; run it again (db.transaction"
              + " retries it)" + said,
          sql,
          exception);
      case 1205 -> new LockNotAvailableException(
          "MariaDB could not lock what another transaction holds, without waiting (NOWAIT) or within"
              + " innodb_lock_wait_timeout; run it again once that transaction ends (db.transaction"
              + " retries it)" + said,
          sql,
          exception);
      case 1969, 3024, 1317 -> new QueryTimeoutException(
          "MariaDB stopped the statement: it ran past the query timeout (max_statement_time), or was"
              + " cancelled; make it faster or allow it more time" + said,
          sql,
          exception);
      case 1114, 1021 -> new StorageFullException(
          "MariaDB could not write: the table or the server's disk is full; free disk space on the"
              + " server" + said,
          sql,
          exception);
      case 1053, 1077, 1152, 1927, 2006, 2013 -> new ConnectionLostException(CONNECTION_LOST + said, sql, exception);
      default -> state.startsWith("08")
          ? new ConnectionLostException(CONNECTION_LOST + said, sql, exception)
          : new DataAccessException("MariaDB failed: " + message, sql, exception);
    };
  }

  /**
   * The table the failed statement wrote, for the violations whose message names none: a unique
   * key or a column is the written table's own.
   */
  private static String writtenTable(String sql) {
    Matcher table = sql == null ? null : WRITTEN_TABLE.matcher(sql);
    return table != null && table.find() ? unquoted(table.group(1)) : null;
  }

  /** A name as MariaDB quotes it in messages, with doubled backticks made single. */
  private static String unquoted(String name) {
    return name.replace("``", "`");
  }
}
