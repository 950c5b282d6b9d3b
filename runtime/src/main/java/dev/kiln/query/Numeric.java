package dev.kiln.query;

import dev.kiln.schema.ValueType;

/**
 * Arithmetic and numeric aggregates, offered by numeric columns and by the arithmetic built from
 * them, so that it chains: {@code set(VIEWS, VIEWS.plus(1))}, {@code PRICE.times(QUANTITY).sum()},
 * {@code SCORE.plus(4).dividedBy(2)}.
 *
 * @param <T> the model
 * @param <V> the number type
 */
public interface Numeric<T, V extends Number> {
  /** This value as an expression: what the arithmetic operates on. */
  Expression<T, V> asExpression();

  default Arithmetic<T, V> plus(V value) {
    return new Arithmetic<>(asExpression(), " + ", asExpression().parameter(value));
  }

  default Arithmetic<T, V> plus(Expression<T, V> other) {
    return new Arithmetic<>(asExpression(), " + ", other);
  }

  default Arithmetic<T, V> minus(V value) {
    return new Arithmetic<>(asExpression(), " - ", asExpression().parameter(value));
  }

  default Arithmetic<T, V> minus(Expression<T, V> other) {
    return new Arithmetic<>(asExpression(), " - ", other);
  }

  default Arithmetic<T, V> times(V value) {
    return new Arithmetic<>(asExpression(), " * ", asExpression().parameter(value));
  }

  default Arithmetic<T, V> times(Expression<T, V> other) {
    return new Arithmetic<>(asExpression(), " * ", other);
  }

  /** Division; of two integers, as SQL divides them, rounded toward zero. */
  default Arithmetic<T, V> dividedBy(V value) {
    return new Arithmetic<>(asExpression(), " / ", asExpression().parameter(value));
  }

  default Arithmetic<T, V> dividedBy(Expression<T, V> other) {
    return new Arithmetic<>(asExpression(), " / ", other);
  }

  /**
   * {@code SUM(x)}, read as the value's own type: a sum beyond it (an int column summing past
   * {@code Integer.MAX_VALUE}) is refused when read rather than wrapping around.
   */
  default Aggregate<T, V> sum() {
    return new Aggregate<>("SUM", asExpression(), false, asExpression().type());
  }

  /** {@code AVG(x)}, as a double. */
  default Aggregate<T, Double> avg() {
    return new Aggregate<>("AVG", asExpression(), false, ValueType.DOUBLE);
  }
}
