package dev.kiln.error;

/** {@code one()} found no row. */
public final class NoResultException extends KilnException {
  private static final long serialVersionUID = 1L;

  public NoResultException(String message) {
    super(message);
  }
}
