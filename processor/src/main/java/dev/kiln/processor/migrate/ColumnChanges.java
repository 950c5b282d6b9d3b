package dev.kiln.processor.migrate;

import dev.kiln.schema.ColumnSchema;
import dev.kiln.schema.SqlType;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Which changes of a column's definition keep every value a table may hold. */
final class ColumnChanges {
  /** The types each type widens to without losing a value. */
  private static final Map<SqlType, Set<SqlType>> WIDENINGS = Map.of(
      SqlType.SMALLINT, Set.of(SqlType.INTEGER, SqlType.BIGINT),
      SqlType.INTEGER, Set.of(SqlType.BIGINT),
      SqlType.REAL, Set.of(SqlType.DOUBLE),
      SqlType.CHAR, Set.of(SqlType.VARCHAR, SqlType.TEXT),
      SqlType.VARCHAR, Set.of(SqlType.TEXT));

  private ColumnChanges() {}

  /** Why changing {@code before} into {@code after} could lose values or fail on rows; null if it cannot. */
  static String risk(ColumnSchema before, ColumnSchema after) {
    if (before.type() != after.type() && !WIDENINGS.getOrDefault(before.type(), Set.of()).contains(after.type())) {
      return "a " + before.type() + " value need not convert to " + after.type();
    }
    if (before.type() == SqlType.VARCHAR && after.type() == SqlType.VARCHAR && after.length() < before.length()) {
      return "a length of " + after.length() + " instead of " + before.length() + " cuts longer values";
    }
    if (before.type() == SqlType.DECIMAL && after.precision() > 0
        && (before.precision() == 0 || after.scale() < before.scale()
            || after.precision() - after.scale() < before.precision() - before.scale())) {
      return "NUMERIC(" + after.precision() + ", " + after.scale() + ") holds fewer digits than before";
    }
    if (before.nullable() && !after.nullable() && after.defaultValue() == null) {
      return "rows holding NULL there would break NOT NULL; give it a default for them";
    }
    return null;
  }

  /** Whether the two differ only in what {@link #risk} judges (type, length, precision, nullability, default). */
  static boolean alterable(ColumnSchema before, ColumnSchema after) {
    return before.generated() == after.generated() && before.version() == after.version()
        && Objects.equals(before.name(), after.name());
  }
}
