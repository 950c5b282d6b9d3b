package dev.kiln.dialect;

import dev.kiln.error.ConnectionLostException;
import dev.kiln.error.DataAccessException;
import dev.kiln.error.DatabaseBusyException;
import dev.kiln.error.DeadlockException;
import dev.kiln.error.LockNotAvailableException;
import dev.kiln.error.QueryTimeoutException;
import dev.kiln.error.SerializationFailureException;
import dev.kiln.error.StorageFullException;
import java.sql.SQLException;

/**
 * Failures of the database's operation rather than of the data: each with its exception type and
 * a sentence saying what to do. The dialects decide which of their codes mean which.
 */
enum OperationalFailure {
  SERIALIZATION("could not serialize this transaction with concurrent ones; run it again"),
  DEADLOCK("aborted this transaction to break a deadlock; run it again (lock rows in key order to avoid it)"),
  LOCK_NOT_AVAILABLE("found a row locked by another transaction and did not wait (NOWAIT)"),
  BUSY("was locked by another connection longer than the busy timeout; run the transaction again"),
  CONNECTION_LOST("connection was lost; nothing of the transaction remains, run it again on a new connection"),
  TIMEOUT("cancelled the statement when it ran past its timeout"),
  STORAGE_FULL("has no room left to store this; nothing of the transaction remains");

  private final String advice;

  OperationalFailure(String advice) {
    this.advice = advice;
  }

  DataAccessException exception(String database, SQLException cause, String sql) {
    String message = database + " " + advice + ": " + cause.getMessage();
    return switch (this) {
      case SERIALIZATION -> new SerializationFailureException(message, sql, cause);
      case DEADLOCK -> new DeadlockException(message, sql, cause);
      case LOCK_NOT_AVAILABLE -> new LockNotAvailableException(message, sql, cause);
      case BUSY -> new DatabaseBusyException(message, sql, cause);
      case CONNECTION_LOST -> new ConnectionLostException(message, sql, cause);
      case TIMEOUT -> new QueryTimeoutException(message, sql, cause);
      case STORAGE_FULL -> new StorageFullException(message, sql, cause);
    };
  }
}
