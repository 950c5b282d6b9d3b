package dev.kiln.query;

/** {@code value BETWEEN low AND high}. */
record Between<T, V>(Expression<T, V> value, Expression<T, V> low, Expression<T, V> high) implements Predicate<T> {
  @Override
  public void render(SqlBuilder sql) {
    value.render(sql);
    sql.append(" BETWEEN ");
    low.render(sql);
    sql.append(" AND ");
    high.render(sql);
  }
}
