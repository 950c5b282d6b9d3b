package dev.kiln.query;

/**
 * One sort key: an expression, ascending or descending, with nulls where the dialect puts them by
 * default (last ascending on PostgreSQL, first on SQLite) unless {@link #nullsFirst()} or {@link
 * #nullsLast()} says otherwise. Made by {@link Expression#asc()} and {@link Expression#desc()}.
 */
public record Order<T>(Expression<T, ?> expression, boolean descending, Nulls nulls) {
  /** Where nulls sort. */
  public enum Nulls {
    DEFAULT,
    FIRST,
    LAST
  }

  public Order<T> nullsFirst() {
    return new Order<>(expression, descending, Nulls.FIRST);
  }

  public Order<T> nullsLast() {
    return new Order<>(expression, descending, Nulls.LAST);
  }

  /** As the dialect writes a sort key ({@link dev.kiln.dialect.Dialect#appendOrder}). */
  public void render(SqlBuilder sql) {
    sql.dialect().appendOrder(sql, this);
  }
}
