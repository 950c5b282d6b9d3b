package dev.kiln.query;

import dev.kiln.schema.TableDef;
import java.util.ArrayList;
import java.util.List;

/**
 * An {@code INSERT} of one row, built from column constants without a model object, like
 * SQLAlchemy core's {@code people.insert().values(name="bob")}: {@code
 * PersonTable.TABLE.insert().set(NAME, "bob")}. Columns left out get their database default (a
 * generated key, {@code defaultSql}, or null). Run it with {@code connection.execute(insert)}.
 */
public final class Insert<T> {
  private final TableDef<T> table;
  private final List<Assignment<T, ?>> values = new ArrayList<>();

  public Insert(TableDef<T> table) {
    this.table = table;
  }

  /** Sets the column's value in the new row; null means SQL {@code NULL}. */
  public <V> Insert<T> set(Column<T, V> column, V value) {
    values.add(Assignment.set(column, value));
    return this;
  }

  public void render(SqlBuilder sql) {
    sql.append("INSERT INTO ").identifier(table.name());
    if (values.isEmpty()) {
      sql.append(sql.dialect().defaultValues());
      return;
    }
    sql.append(" (");
    for (int i = 0; i < values.size(); i++) {
      sql.append(i == 0 ? "" : ", ").identifier(values.get(i).column().name());
    }
    sql.append(") VALUES (");
    for (int i = 0; i < values.size(); i++) {
      sql.append(i == 0 ? "" : ", ");
      values.get(i).value().render(sql);
    }
    sql.append(")");
  }
}
