package dev.kiln.query;

import java.util.ArrayList;
import java.util.List;

/**
 * A typed condition on rows of the model {@code T}, built from a generated table's column
 * constants: {@code UserTable.USERNAME.eq("bob").and(UserTable.ID.gt(10))}. Sealed, so every
 * predicate is one Kiln renders with bound parameters.
 */
public sealed interface Predicate<T>
    permits Comparison, Between, NullTest, InList, InSubquery, Like, TextMatch, Junction, Not, Related {
  /** Appends this condition to the SQL under construction. */
  void render(SqlBuilder sql);

  default Predicate<T> and(Predicate<T> other) {
    return Junction.of(Junction.AND, List.of(this, other));
  }

  default Predicate<T> or(Predicate<T> other) {
    return Junction.of(Junction.OR, List.of(this, other));
  }

  /** This predicate does not hold. */
  default Predicate<T> not() {
    return new Not<>(this);
  }

  /** The predicate does not hold: SQL {@code NOT (...)}. */
  static <T> Predicate<T> not(Predicate<T> predicate) {
    return new Not<>(predicate);
  }

  /** All of the predicates hold. */
  @SafeVarargs
  static <T> Predicate<T> and(Predicate<T>... predicates) {
    List<Predicate<T>> parts = new ArrayList<>(predicates.length);
    for (Predicate<T> predicate : predicates) {
      parts.add(predicate);
    }
    return Junction.of(Junction.AND, parts);
  }

  /** At least one of the predicates holds. */
  @SafeVarargs
  static <T> Predicate<T> or(Predicate<T>... predicates) {
    List<Predicate<T>> parts = new ArrayList<>(predicates.length);
    for (Predicate<T> predicate : predicates) {
      parts.add(predicate);
    }
    return Junction.of(Junction.OR, parts);
  }
}
