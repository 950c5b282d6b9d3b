package dev.kiln.query;

/** {@code value [NOT] IN (SELECT ...)}, the subquery's parameters bound in place. */
record InSubquery<T, V>(Expression<T, V> value, Select<?, V> subquery, boolean negated) implements Predicate<T> {
  @Override
  public void render(SqlBuilder sql) {
    value.render(sql);
    sql.append(negated ? " NOT IN (" : " IN (");
    sql.enterSubquery();
    subquery.renderAsSubquery(sql);
    sql.leaveSubquery();
    sql.append(")");
  }
}
