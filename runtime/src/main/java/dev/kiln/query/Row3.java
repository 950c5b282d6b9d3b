package dev.kiln.query;

/** A row of three selected values. */
public record Row3<A, B, C>(A first, B second, C third) {
  /** Builds a value from the three parts of a row, such as a record's constructor. */
  @FunctionalInterface
  public interface Constructor<A, B, C, R> {
    R apply(A first, B second, C third);
  }

  /** The row as the caller's own type: {@code row.into(UserSummary::new)}. */
  public <R> R into(Constructor<? super A, ? super B, ? super C, ? extends R> constructor) {
    return constructor.apply(first, second, third);
  }
}
