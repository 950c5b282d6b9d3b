package dev.kiln.schema;

/**
 * A column's database-side default: either the current time, which each dialect renders in the
 * column's storage format, or an SQL expression written by the model's author.
 *
 * @param sql the expression, or null for the current time
 */
public record ColumnDefault(String sql) {
  /** The time of the insert, in the column's own type (date, time, timestamp or instant). */
  public static final ColumnDefault NOW = new ColumnDefault(null);

  public static ColumnDefault sql(String expression) {
    return new ColumnDefault(expression);
  }

  public boolean isNow() {
    return sql == null;
  }
}
