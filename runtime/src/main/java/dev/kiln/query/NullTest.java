package dev.kiln.query;

/** {@code value IS [NOT] NULL}. */
record NullTest<T>(Expression<T, ?> value, boolean negated) implements Predicate<T> {
  @Override
  public void render(SqlBuilder sql) {
    value.render(sql);
    sql.append(negated ? " IS NOT NULL" : " IS NULL");
  }
}
