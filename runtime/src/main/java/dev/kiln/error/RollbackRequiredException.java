package dev.kiln.error;

/**
 * A session's transaction failed and was rolled back, and the session was used again before
 * {@code rollback()}: like SQLAlchemy's {@code PendingRollbackError}. Nothing was sent to the
 * database. Call {@code session.rollback()} (or close the session) and start the work again; the
 * cause is the failure that ended the transaction.
 */
public class RollbackRequiredException extends KilnException {
  private static final long serialVersionUID = 1L;

  public RollbackRequiredException(RuntimeException failure) {
    super(
        "This session's transaction failed and was rolled back (" + failure.getClass().getSimpleName() + ": "
            + firstLine(failure.getMessage()) + "). Call session.rollback() before using the session again,"
            + " or close it; nothing was sent to the database.",
        failure);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "no message";
    }
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }
}
