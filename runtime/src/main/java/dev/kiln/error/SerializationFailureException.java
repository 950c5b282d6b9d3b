package dev.kiln.error;

import java.sql.SQLException;

/**
 * PostgreSQL rolled the transaction back because a concurrent transaction changed rows it read or
 * wrote, and running both would not match any order of running them one after the other
 * (SQLSTATE 40001, raised under REPEATABLE READ and SERIALIZABLE). Run again, the transaction
 * sees the other's changes.
 */
public final class SerializationFailureException extends TransientDataAccessException {
  private static final long serialVersionUID = 1L;

  public SerializationFailureException(String message, String sql, SQLException cause) {
    super(message, sql, cause);
  }
}
