package dev.kiln.dialect;

import dev.kiln.error.CheckViolationException;
import dev.kiln.error.ConstraintViolationException;
import dev.kiln.error.ForeignKeyViolationException;
import dev.kiln.error.NotNullViolationException;
import dev.kiln.error.UniqueViolationException;
import java.sql.SQLException;

/** The kinds of constraint a database reports as broken, each with its exception type. */
enum Violation {
  UNIQUE("Unique constraint violated"),
  NOT_NULL("Not-null constraint violated"),
  FOREIGN_KEY("Foreign key constraint violated"),
  CHECK("Check constraint violated");

  private final String headline;

  Violation(String headline) {
    this.headline = headline;
  }

  /**
   * Whether the exception reports a value the column cannot hold: SQLSTATE class 22, raised by
   * PostgreSQL and, for values no dialect stores faithfully, by Kiln's own binders.
   */
  static boolean isInvalidValue(SQLException exception) {
    String state = exception.getSQLState();
    return state != null && state.startsWith("22");
  }

  ConstraintViolationException exception(
      SQLException cause, String sql, String table, String constraint, String column) {
    StringBuilder message = new StringBuilder(headline);
    if (table != null) {
      message.append(" on table \"").append(table).append('"');
    }
    if (constraint != null) {
      message.append(", constraint \"").append(constraint).append('"');
    }
    if (column != null) {
      message.append(", column \"").append(column).append('"');
    }
    message.append(": ").append(cause.getMessage());
    String text = message.toString();
    return switch (this) {
      case UNIQUE -> new UniqueViolationException(text, sql, cause, table, constraint, column);
      case NOT_NULL -> new NotNullViolationException(text, sql, cause, table, constraint, column);
      case FOREIGN_KEY -> new ForeignKeyViolationException(text, sql, cause, table, constraint, column);
      case CHECK -> new CheckViolationException(text, sql, cause, table, constraint, column);
    };
  }
}
