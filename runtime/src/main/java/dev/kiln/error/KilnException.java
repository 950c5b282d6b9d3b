package dev.kiln.error;

/** The root of every exception Kiln throws. Unchecked, like the rest of the API. */
public class KilnException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public KilnException(String message) {
    super(message);
  }

  public KilnException(String message, Throwable cause) {
    super(message, cause);
  }
}
