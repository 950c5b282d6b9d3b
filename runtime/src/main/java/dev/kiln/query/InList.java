package dev.kiln.query;

import java.util.List;

/** {@code column IN (?, ?, ...)}; an empty list matches nothing, as in SQLAlchemy. */
record InList<T, V>(Column<T, V> column, List<V> values) implements Predicate<T> {
  @Override
  public void render(SqlBuilder sql) {
    if (values.isEmpty()) {
      sql.append("1 = 0");
      return;
    }
    sql.comparedColumn(column).append(" IN (");
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        sql.append(", ");
      }
      sql.comparedValue(column.type(), values.get(i));
    }
    sql.append(")");
  }
}
