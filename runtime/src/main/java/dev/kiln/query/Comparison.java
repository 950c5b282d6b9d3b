package dev.kiln.query;

/** {@code column <op> ?}. */
record Comparison<T, V>(Column<T, V> column, String operator, V value) implements Predicate<T> {
  @Override
  public void render(SqlBuilder sql) {
    sql.comparedColumn(column).append(operator).comparedValue(column.type(), value);
  }
}
