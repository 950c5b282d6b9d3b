package dev.kiln.query;

/** {@code left <op> right}, where right is a bound value or another expression of the same type. */
record Comparison<T, V>(Expression<T, V> left, String operator, Expression<T, V> right) implements Predicate<T> {
  @Override
  public void render(SqlBuilder sql) {
    left.render(sql);
    sql.append(operator);
    right.render(sql);
  }
}
