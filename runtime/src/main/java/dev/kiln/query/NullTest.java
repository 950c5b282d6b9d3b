package dev.kiln.query;

/** {@code column IS [NOT] NULL}. */
record NullTest<T>(Column<T, ?> column, boolean negated) implements Predicate<T> {
  @Override
  public void render(SqlBuilder sql) {
    sql.identifier(column.name()).append(negated ? " IS NOT NULL" : " IS NULL");
  }
}
