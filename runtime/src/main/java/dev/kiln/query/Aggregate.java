package dev.kiln.query;

import dev.kiln.schema.ValueType;

/**
 * An aggregate function over the rows of a group: {@code COUNT(*)}, {@code COUNT(DISTINCT x)},
 * {@code SUM(x)}, {@code AVG(x)}, {@code MIN(x)}, {@code MAX(x)}. Made by {@link
 * Expression#count()} and the like, and by {@link #countRows()}.
 */
public final class Aggregate<T, V> extends Expression<T, V> {
  private final String function;
  private final Expression<T, ?> argument;
  private final boolean distinct;

  Aggregate(String function, Expression<T, ?> argument, boolean distinct, ValueType<V> type) {
    super(type);
    this.function = function;
    this.argument = argument;
    this.distinct = distinct;
  }

  /** {@code COUNT(*)}: the number of rows, in each group when grouped. */
  public static <T> Aggregate<T, Long> countRows() {
    return new Aggregate<>("COUNT", null, false, ValueType.LONG);
  }

  @Override
  public void render(SqlBuilder sql) {
    sql.dialect().appendAggregate(sql, function, argument, distinct, type());
  }
}
