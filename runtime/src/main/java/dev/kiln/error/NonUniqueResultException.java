package dev.kiln.error;

/** {@code one()} found more than one row. */
public final class NonUniqueResultException extends KilnException {
  private static final long serialVersionUID = 1L;

  public NonUniqueResultException(String message) {
    super(message);
  }
}
