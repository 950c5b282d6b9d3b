package dev.kiln.query;

import dev.kiln.schema.TableDef;
import dev.kiln.schema.ValueType;

/**
 * A numeric column, which alone offers arithmetic (see {@link Numeric}): {@code set(VIEWS,
 * VIEWS.plus(1))} in a bulk update, or {@code PRICE.times(QUANTITY).gt(...)} in a filter.
 */
public final class NumberColumn<T, V extends Number> extends Column<T, V> implements Numeric<T, V> {
  public NumberColumn(TableDef<T> table, int index, String name, ValueType<V> type) {
    super(table, index, name, type);
  }

  @Override
  public Expression<T, V> asExpression() {
    return this;
  }
}
