package dev.kiln.error;

import java.sql.SQLException;
import java.util.Optional;

/**
 * A statement broke a constraint. When Kiln throws this from {@code commit()}, the transaction has
 * been rolled back: nothing of the commit was written.
 */
public class ConstraintViolationException extends DataAccessException {
  private static final long serialVersionUID = 1L;

  private final String table;
  private final String constraint;
  private final String column;

  public ConstraintViolationException(
      String message, String sql, SQLException cause, String table, String constraint, String column) {
    super(message, sql, cause);
    this.table = table;
    this.constraint = constraint;
    this.column = column;
  }

  /** The table whose constraint was broken, where the database says it. */
  public Optional<String> table() {
    return Optional.ofNullable(table);
  }

  /** The broken constraint's name, where the database says it (PostgreSQL does, SQLite does not). */
  public Optional<String> constraint() {
    return Optional.ofNullable(constraint);
  }

  /** The column involved, where the database says it. */
  public Optional<String> column() {
    return Optional.ofNullable(column);
  }
}
