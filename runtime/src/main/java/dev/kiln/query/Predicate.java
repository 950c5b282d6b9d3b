package dev.kiln.query;

import java.util.List;

/**
 * A typed condition on rows of the model {@code T}, built from a generated table's column
 * constants: {@code UserTable.USERNAME.eq("bob").and(UserTable.ID.gt(10))}. Sealed, so every
 * predicate is one Kiln renders with bound parameters.
 */
public sealed interface Predicate<T> permits Comparison, NullTest, InList, Junction {
  /** Appends this condition to the SQL under construction. */
  void render(SqlBuilder sql);

  default Predicate<T> and(Predicate<T> other) {
    return Junction.of(Junction.AND, List.of(this, other));
  }

  default Predicate<T> or(Predicate<T> other) {
    return Junction.of(Junction.OR, List.of(this, other));
  }

  /** All of the predicates hold. */
  @SafeVarargs
  static <T> Predicate<T> and(Predicate<T>... predicates) {
    return Junction.of(Junction.AND, List.of(predicates));
  }

  /** At least one of the predicates holds. */
  @SafeVarargs
  static <T> Predicate<T> or(Predicate<T>... predicates) {
    return Junction.of(Junction.OR, List.of(predicates));
  }
}
