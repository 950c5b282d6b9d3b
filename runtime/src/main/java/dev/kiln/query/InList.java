package dev.kiln.query;

import java.util.List;

/**
 * {@code value [NOT] IN (?, ?, ...)}. An empty list matches nothing (or, negated, everything), as
 * in SQLAlchemy, rather than being an SQL error.
 */
record InList<T, V>(Expression<T, V> value, List<V> values, boolean negated) implements Predicate<T> {
  @Override
  public void render(SqlBuilder sql) {
    if (values.isEmpty()) {
      sql.append(negated ? "1 = 1" : "1 = 0");
      return;
    }
    value.render(sql);
    sql.append(negated ? " NOT IN (" : " IN (");
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        sql.append(", ");
      }
      value.parameter(values.get(i)).render(sql);
    }
    sql.append(")");
  }
}
