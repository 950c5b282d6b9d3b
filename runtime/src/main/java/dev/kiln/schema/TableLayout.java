package dev.kiln.schema;

import dev.kiln.query.Column;
import java.util.ArrayList;
import java.util.List;

/**
 * What the runtime asks of a table's columns on every statement, derived once from its {@link
 * TableSchema}: the generated code states each fact once, in the schema, and sessions read them
 * here without building the schema again.
 *
 * @param columns every column, in declaration order
 * @param primaryKey the key's columns, in key order
 * @param generatesKey whether the database generates the key of a row inserted without one
 * @param databaseFilled the generated key and the columns with a database-side default, in
 *     declaration order: the bits of a table's database-filled masks
 * @param version the {@code @Version} column, or null
 */
record TableLayout<T>(
    List<Column<T, ?>> columns,
    List<Column<T, ?>> primaryKey,
    boolean generatesKey,
    List<Column<T, ?>> databaseFilled,
    Column<T, ?> version) {

  static <T> TableLayout<T> of(List<Column<T, ?>> declared, TableSchema schema) {
    List<Column<T, ?>> columns = List.copyOf(declared);
    if (columns.size() != schema.columns().size()) {
      throw new IllegalStateException(
          "Table " + schema.name() + " declares " + columns.size() + " columns but describes "
              + schema.columns().size() + ": rebuild, so that its generated class is regenerated");
    }
    List<Column<T, ?>> primaryKey = new ArrayList<>();
    for (String name : schema.primaryKey()) {
      primaryKey.add(columns.get(indexOf(schema, name)));
    }
    boolean generatesKey = false;
    List<Column<T, ?>> databaseFilled = new ArrayList<>();
    Column<T, ?> version = null;
    for (int i = 0; i < columns.size(); i++) {
      ColumnSchema column = schema.columns().get(i);
      generatesKey |= column.generated();
      if (column.generated() || column.defaultValue() != null) {
        databaseFilled.add(columns.get(i));
      }
      if (column.version()) {
        version = columns.get(i);
      }
    }
    return new TableLayout<>(columns, List.copyOf(primaryKey), generatesKey, List.copyOf(databaseFilled), version);
  }

  private static int indexOf(TableSchema schema, String name) {
    for (int i = 0; i < schema.columns().size(); i++) {
      if (schema.columns().get(i).name().equals(name)) {
        return i;
      }
    }
    throw new IllegalStateException("Table " + schema.name() + " has no key column " + name);
  }
}
