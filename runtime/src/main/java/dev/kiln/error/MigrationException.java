package dev.kiln.error;

/**
 * A migration could not be applied, or the history of applied migrations does not agree with the
 * scripts: the message names the script and says what to do.
 */
public final class MigrationException extends KilnException {
  private static final long serialVersionUID = 1L;

  public MigrationException(String message) {
    super(message);
  }

  public MigrationException(String message, Throwable cause) {
    super(message, cause);
  }
}
