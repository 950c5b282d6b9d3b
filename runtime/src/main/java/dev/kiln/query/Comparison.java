package dev.kiln.query;

/** {@code column <op> ?}. */
record Comparison<T, V>(Column<T, V> column, String operator, V value) implements Predicate<T> {
  @Override
  public void render(SqlBuilder sql) {
    sql.identifier(column.name()).append(operator).value(column.type(), value);
  }
}
