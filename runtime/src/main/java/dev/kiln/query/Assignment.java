package dev.kiln.query;

/**
 * {@code column = value} in a bulk update: {@code query.update(set(UserTable.USERNAME, "admin001"))}.
 */
public record Assignment<T, V>(Column<T, V> column, V value) {
  /** Sets the column to the value in every row a bulk update touches. */
  public static <T, V> Assignment<T, V> set(Column<T, V> column, V value) {
    return new Assignment<>(column, value);
  }

  public void render(SqlBuilder sql) {
    sql.identifier(column.name()).append(" = ").value(column.type(), value);
  }
}
