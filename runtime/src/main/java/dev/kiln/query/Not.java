package dev.kiln.query;

/** {@code NOT (predicate)}. */
record Not<T>(Predicate<T> negated) implements Predicate<T> {
  @Override
  public void render(SqlBuilder sql) {
    sql.append("NOT (");
    negated.render(sql);
    sql.append(")");
  }
}
