package dev.kiln.query;

/** One sort key: a column, ascending or descending. Made by {@link Column#asc()} and {@link Column#desc()}. */
public record Order<T>(Column<T, ?> column, boolean descending) {
  public void render(SqlBuilder sql) {
    sql.comparedColumn(column).append(descending ? " DESC" : " ASC");
  }
}
