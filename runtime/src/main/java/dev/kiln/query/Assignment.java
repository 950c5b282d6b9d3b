package dev.kiln.query;

/**
 * {@code column = value} in a bulk update: {@code query.update(set(USERNAME, "admin001"),
 * set(VIEWS, VIEWS.plus(1)))}. The value is bound as a parameter, or is an expression over the
 * row's own columns.
 */
public record Assignment<T, V>(Column<T, V> column, Expression<T, V> value) {
  /** Sets the column to the value in every row a bulk update touches; null means SQL {@code NULL}. */
  public static <T, V> Assignment<T, V> set(Column<T, V> column, V value) {
    return new Assignment<>(column, column.storedValue(value));
  }

  /** Sets the column to an expression evaluated on each row, such as {@code VIEWS.plus(1)}. */
  public static <T, V> Assignment<T, V> set(Column<T, V> column, Expression<T, V> value) {
    return new Assignment<>(column, value);
  }

  /** Sets the column to SQL {@code NULL}; {@code set(column, null)} is ambiguous in Java. */
  public static <T, V> Assignment<T, V> setNull(Column<T, V> column) {
    return new Assignment<>(column, column.storedValue(null));
  }

  public void render(SqlBuilder sql) {
    sql.identifier(column.name()).append(" = ");
    value.render(sql);
  }
}
