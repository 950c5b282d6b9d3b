package dev.kiln.query;

import dev.kiln.schema.TableDef;
import dev.kiln.schema.ValueType;

/**
 * A numeric column, which alone offers arithmetic: {@code set(VIEWS, VIEWS.plus(1))} in a bulk
 * update, or {@code PRICE.times(QUANTITY).gt(...)} in a filter.
 */
public final class NumberColumn<T, V extends Number> extends Column<T, V> {
  public NumberColumn(TableDef<T> table, int index, String name, ValueType<V> type) {
    super(table, index, name, type);
  }

  public Expression<T, V> plus(V value) {
    return new Arithmetic<>(this, " + ", parameter(value));
  }

  public Expression<T, V> plus(Expression<T, V> other) {
    return new Arithmetic<>(this, " + ", other);
  }

  public Expression<T, V> minus(V value) {
    return new Arithmetic<>(this, " - ", parameter(value));
  }

  public Expression<T, V> minus(Expression<T, V> other) {
    return new Arithmetic<>(this, " - ", other);
  }

  public Expression<T, V> times(V value) {
    return new Arithmetic<>(this, " * ", parameter(value));
  }

  public Expression<T, V> times(Expression<T, V> other) {
    return new Arithmetic<>(this, " * ", other);
  }

  /**
   * {@code SUM(x)}, read as the column's own type: a sum beyond it (an int column summing past
   * {@code Integer.MAX_VALUE}) fails to read rather than wrapping around.
   */
  public Aggregate<T, V> sum() {
    return new Aggregate<>("SUM", this, false, type());
  }

  /** {@code AVG(x)}, as a double. */
  public Aggregate<T, Double> avg() {
    return new Aggregate<>("AVG", this, false, ValueType.DOUBLE);
  }

  /** Division; of two integers, as SQL divides them, rounded toward zero. */
  public Expression<T, V> dividedBy(V value) {
    return new Arithmetic<>(this, " / ", parameter(value));
  }

  public Expression<T, V> dividedBy(Expression<T, V> other) {
    return new Arithmetic<>(this, " / ", other);
  }
}
