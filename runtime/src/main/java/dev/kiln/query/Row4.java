package dev.kiln.query;

/** A row of four selected values. */
public record Row4<A, B, C, D>(A first, B second, C third, D fourth) {
  /** Builds a value from the four parts of a row, such as a record's constructor. */
  @FunctionalInterface
  public interface Constructor<A, B, C, D, R> {
    R apply(A first, B second, C third, D fourth);
  }

  /** The row as the caller's own type: {@code row.into(UserSummary::new)}. */
  public <R> R into(Constructor<? super A, ? super B, ? super C, ? super D, ? extends R> constructor) {
    return constructor.apply(first, second, third, fourth);
  }
}
