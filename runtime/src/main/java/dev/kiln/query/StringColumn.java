package dev.kiln.query;

import dev.kiln.schema.TableDef;
import dev.kiln.schema.ValueType;
import java.util.Objects;

/** A {@code String} column, which alone offers pattern matching. */
public final class StringColumn<T> extends Column<T, String> {
  public StringColumn(TableDef<T> table, int index, String name) {
    super(table, index, name, ValueType.STRING);
  }

  /** SQL {@code LIKE}: {@code %} matches any run of characters, {@code _} any one character. */
  public Predicate<T> like(String pattern) {
    return new Comparison<>(this, " LIKE ", Objects.requireNonNull(pattern, "like(null)"));
  }
}
