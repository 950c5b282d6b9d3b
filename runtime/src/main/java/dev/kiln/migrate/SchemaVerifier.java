package dev.kiln.migrate;

import dev.kiln.dialect.Dialect;
import dev.kiln.schema.ColumnSchema;
import dev.kiln.schema.TableSchema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Compares the tables the models describe with the tables the database has, and says every way
 * they differ: missing tables and columns, columns the models do not know, types, nullability,
 * primary keys, unique constraints, indexes, foreign keys, and check constraints by name (each
 * database rewrites a condition in its own words, so conditions are not compared). Names are
 * compared ignoring case.
 */
public final class SchemaVerifier {
  private final Dialect dialect;

  public SchemaVerifier(Dialect dialect) {
    this.dialect = dialect;
  }

  /** Every difference, one sentence each; empty when the database matches the models. */
  public List<String> differences(Connection connection, List<TableSchema> expected) throws SQLException {
    CatalogReader catalog = new CatalogReader(connection, dialect);
    List<String> differences = new ArrayList<>();
    for (TableSchema table : expected) {
      Optional<LiveTable> live = catalog.read(table.name());
      if (live.isEmpty()) {
        differences.add("table \"" + table.name() + "\" is missing");
      } else {
        compare(table, live.get(), differences);
      }
    }
    return differences;
  }

  private void compare(TableSchema table, LiveTable live, List<String> differences) {
    String t = "\"" + table.name() + "\"";
    for (ColumnSchema column : table.columns()) {
      LiveTable.Column found = column(live, column.name());
      String c = "column " + t + ".\"" + column.name() + "\"";
      if (found == null) {
        differences.add(c + " is missing");
        continue;
      }
      if (!dialect.storesType(column, found.type(), found.size(), found.digits())) {
        differences.add(c + " is " + describe(found) + ", the model declares " + declared(column));
      }
      boolean key = table.primaryKey().contains(column.name());
      if (!key && found.nullable() != column.nullable()) {
        differences.add(c + (found.nullable() ? " allows NULL, the model's does not" : " is NOT NULL, the model's allows NULL"));
      }
    }
    for (String name : live.columns().keySet()) {
      if (table.columns().stream().noneMatch(column -> column.name().equalsIgnoreCase(name))) {
        differences.add("column " + t + ".\"" + name + "\" is not in the model");
      }
    }
    if (!sameNames(live.primaryKey(), table.primaryKey())) {
      differences.add("the primary key of " + t + " is " + list(live.primaryKey()) + ", the model's is " + list(table.primaryKey()));
    }
    for (TableSchema.Constraint unique : table.uniqueConstraints()) {
      if (live.indexes().stream().noneMatch(index -> index.unique() && sameNames(index.columns(), unique.columns()))) {
        differences.add("unique constraint \"" + unique.name() + "\" on " + t + " " + list(unique.columns()) + " is missing");
      }
    }
    for (TableSchema.Index index : table.indexes()) {
      Optional<LiveTable.Index> found =
          live.indexes().stream().filter(each -> each.name().equalsIgnoreCase(index.name())).findFirst();
      String i = "index \"" + index.name() + "\" on " + t;
      if (found.isEmpty()) {
        differences.add(i + " " + list(index.columns()) + " is missing");
      } else if (!sameNames(found.get().columns(), index.columns()) || found.get().unique() != index.unique()) {
        differences.add(i + " is " + describe(found.get().columns(), found.get().unique()) + ", the model's is "
            + describe(index.columns(), index.unique()));
      }
    }
    for (TableSchema.ForeignKey key : table.foreignKeys()) {
      Optional<LiveTable.ForeignKey> found = live.foreignKeys().stream()
          .filter(each -> sameNames(each.columns(), key.columns()) && each.targetTable().equalsIgnoreCase(key.targetTable()))
          .findFirst();
      String f = "foreign key " + t + " " + list(key.columns()) + " -> \"" + key.targetTable() + "\" " + list(key.targetColumns());
      if (found.isEmpty()) {
        differences.add(f + " is missing");
      } else if (!dialect.storesOnDelete(key.onDelete(), found.get().onDelete())) {
        differences.add(f + " is ON DELETE " + sql(found.get().onDelete()) + ", the model's is ON DELETE " + sql(key.onDelete()));
      }
    }
    compareChecks(table, live, differences);
  }

  private static void compareChecks(TableSchema table, LiveTable live, List<String> differences) {
    String t = "\"" + table.name() + "\"";
    for (TableSchema.Check check : table.checks()) {
      if (live.checks().stream().noneMatch(name -> name.equalsIgnoreCase(check.name()))) {
        differences.add("check constraint \"" + check.name() + "\" on " + t + " (" + check.condition() + ") is missing");
      }
    }
    for (String name : live.checks()) {
      if (table.checks().stream().noneMatch(check -> check.name().equalsIgnoreCase(name))) {
        differences.add("check constraint \"" + name + "\" on " + t + " is not in the model");
      }
    }
  }

  private static LiveTable.Column column(LiveTable live, String name) {
    for (LiveTable.Column column : live.columns().values()) {
      if (column.name().equalsIgnoreCase(name)) {
        return column;
      }
    }
    return null;
  }

  private static boolean sameNames(List<String> one, List<String> other) {
    if (one.size() != other.size()) {
      return false;
    }
    for (int i = 0; i < one.size(); i++) {
      if (!one.get(i).equalsIgnoreCase(other.get(i))) {
        return false;
      }
    }
    return true;
  }

  private String declared(ColumnSchema column) {
    return dialect.columnTypeSql(column);
  }

  private static String describe(LiveTable.Column column) {
    String type = column.type().toLowerCase(Locale.ROOT);
    return column.size() > 0 && (type.contains("char") || type.contains("numeric") || type.contains("decimal"))
        ? type + "(" + column.size() + (column.digits() > 0 ? ", " + column.digits() : "") + ")"
        : type;
  }

  private static String describe(List<String> columns, boolean unique) {
    return (unique ? "unique on " : "on ") + list(columns);
  }

  private static String list(List<String> names) {
    return "(" + String.join(", ", names) + ")";
  }

  private static String sql(dev.kiln.annotation.OnDelete onDelete) {
    return onDelete.name().replace('_', ' ');
  }
}
