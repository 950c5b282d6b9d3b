package dev.kiln.query;

import dev.kiln.schema.TableDef;
import dev.kiln.schema.ValueType;

/**
 * A typed column of the model {@code T} holding values of type {@code V}. Generated tables declare
 * one constant per column ({@code UserTable.USERNAME}); predicates built from it accept only
 * values of {@code V}, so {@code USERNAME.gt(5)} does not compile.
 */
public class Column<T, V> extends Expression<T, V> {
  private final TableDef<T> table;
  private final int index;
  private final String name;

  public Column(TableDef<T> table, int index, String name, ValueType<V> type) {
    super(type);
    this.table = table;
    this.index = index;
    this.name = name;
    table.declare(this);
  }

  public final TableDef<T> table() {
    return table;
  }

  /** The column's 0-based place among its table's columns. */
  public final int index() {
    return index;
  }

  /** The column's name, unquoted. */
  public final String name() {
    return name;
  }

  @Override
  public final void render(SqlBuilder sql) {
    sql.comparedColumn(this);
  }

  @Override
  public final void renderSelected(SqlBuilder sql) {
    sql.selectedColumn(this);
  }

  @Override
  public String toString() {
    return table.name() + "." + name;
  }
}
