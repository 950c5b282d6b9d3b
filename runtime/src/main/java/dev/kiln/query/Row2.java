package dev.kiln.query;

import java.util.function.BiFunction;

/** A row of two selected values: {@code select(USERNAME, AGE)}. */
public record Row2<A, B>(A first, B second) {
  /** The row as the caller's own type: {@code row.into(UserSummary::new)}. */
  public <R> R into(BiFunction<? super A, ? super B, ? extends R> constructor) {
    return constructor.apply(first, second);
  }
}
