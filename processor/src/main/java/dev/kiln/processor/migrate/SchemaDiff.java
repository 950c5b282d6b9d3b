package dev.kiln.processor.migrate;

import dev.kiln.schema.ColumnSchema;
import dev.kiln.schema.TableSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The changes from a snapshot's tables to the models' tables. New tables, new columns that are
 * nullable or have a constant default, and new indexes become migration steps; everything else
 * (a table or column gone, a column or constraint changed, a new constraint on a table that
 * exists) is named as a change Kiln does not migrate yet, so that the developer writes that
 * migration by hand instead of Kiln guessing.
 */
final class SchemaDiff {
  private SchemaDiff() {}

  static List<SchemaChange> between(SchemaSnapshot previous, List<TableSchema> current) {
    List<SchemaChange> changes = new ArrayList<>();
    for (TableSchema table : current) {
      TableSchema before = previous.table(table.name());
      if (before == null) {
        changes.add(new SchemaChange.CreateTable(table));
      } else {
        compare(before, table, changes);
      }
    }
    for (TableSchema table : previous.tables()) {
      if (current.stream().noneMatch(each -> each.name().equals(table.name()))) {
        changes.add(new SchemaChange.Unsupported(table.name(), "table " + table.name() + " is no longer a model's"));
      }
    }
    return changes;
  }

  private static void compare(TableSchema before, TableSchema after, List<SchemaChange> changes) {
    String table = after.name();
    for (ColumnSchema column : after.columns()) {
      ColumnSchema old = column(before, column.name());
      if (old == null) {
        if (!column.nullable() && column.defaultValue() == null) {
          changes.add(new SchemaChange.RequiredColumnWithoutDefault(table, column.name()));
        } else if (column.generated() || after.primaryKey().contains(column.name())
            || (column.defaultValue() != null && column.defaultValue().isNow())) {
          changes.add(new SchemaChange.Unsupported(table, "column " + table + "." + column.name()
              + " is new and is part of the key or defaults to the current time"));
        } else {
          changes.add(new SchemaChange.AddColumn(after, column));
        }
      } else if (!old.equals(column)) {
        changes.add(new SchemaChange.Unsupported(table, "column " + table + "." + column.name() + " changed"));
      }
    }
    for (ColumnSchema column : before.columns()) {
      if (column(after, column.name()) == null) {
        changes.add(new SchemaChange.Unsupported(table, "column " + table + "." + column.name()
            + " is no longer mapped (Kiln does not guess whether it was renamed or dropped)"));
      }
    }
    if (!before.primaryKey().equals(after.primaryKey())) {
      changes.add(new SchemaChange.Unsupported(table, "the primary key of " + table + " changed"));
    }
    for (TableSchema.Index index : after.indexes()) {
      TableSchema.Index old = before.indexes().stream().filter(each -> each.name().equals(index.name())).findFirst().orElse(null);
      if (old == null) {
        changes.add(new SchemaChange.CreateIndex(table, index));
      } else if (!old.equals(index)) {
        changes.add(new SchemaChange.Unsupported(table, "index " + index.name() + " changed"));
      }
    }
    for (TableSchema.Index index : before.indexes()) {
      if (after.indexes().stream().noneMatch(each -> each.name().equals(index.name()))) {
        changes.add(new SchemaChange.Unsupported(table, "index " + index.name() + " was removed"));
      }
    }
    if (!Objects.equals(before.uniqueConstraints(), after.uniqueConstraints())) {
      changes.add(new SchemaChange.Unsupported(table, "the unique constraints of " + table + " changed"));
    }
    if (!Objects.equals(before.checks(), after.checks())) {
      changes.add(new SchemaChange.Unsupported(table, "the check constraints of " + table + " changed"));
    }
    if (!Objects.equals(before.foreignKeys(), after.foreignKeys())) {
      changes.add(new SchemaChange.Unsupported(table, "the foreign keys of " + table + " changed"));
    }
  }

  private static ColumnSchema column(TableSchema table, String name) {
    return table.columns().stream().filter(column -> column.name().equals(name)).findFirst().orElse(null);
  }
}
