package dev.kiln.query;

import dev.kiln.schema.ValueType;

/**
 * A value bound as a {@code ?} parameter: in the form the dialect compares its type when it is
 * compared, or as stored when it is assigned to a column.
 */
final class Parameter<T, V> extends Expression<T, V> {
  private final V value;
  private final boolean compared;

  Parameter(ValueType<V> type, V value, boolean compared) {
    super(type);
    this.value = value;
    this.compared = compared;
  }

  @Override
  public void render(SqlBuilder sql) {
    if (compared) {
      sql.comparedValue(type(), value);
    } else {
      sql.value(type(), value);
    }
  }
}
