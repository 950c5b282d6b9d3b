package dev.kiln.processor.migrate;

import dev.kiln.schema.ColumnSchema;
import dev.kiln.schema.TableSchema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The changes from a snapshot's tables to the models' tables. New tables, new columns that are
 * nullable or have a constant default, columns renamed (and changed) or dropped as declared,
 * column changes that keep every value, unique, check and foreign key constraints added or dropped, and new,
 * changed or removed indexes become migration steps. A column gone without a declaration, alone
 * or beside a new one (a rename or a drop plus an add?), and a change that can lose values are
 * errors that ask; tables are dropped only as declared. A table gone undeclared and a changed key
 * are named as changes Kiln does not migrate, so that the developer declares the drop or writes
 * that migration by hand instead of Kiln guessing.
 */
final class SchemaDiff {
  private SchemaDiff() {}

  static List<SchemaChange> between(SchemaSnapshot previous, List<TableSchema> current, MigrationHints hints) {
    List<SchemaChange> changes = new ArrayList<>();
    Set<String> renamedFrom = new HashSet<>();
    for (TableSchema table : current) {
      String from = hints.tableRenames().get(table.name());
      if (previous.table(table.name()) == null && from != null && previous.table(from) != null
          && current.stream().noneMatch(each -> each.name().equals(from))) {
        renamedFrom.add(from);
        changes.add(new SchemaChange.RenameTable(from, table.name()));
      } else if (previous.table(table.name()) == null) {
        changes.add(new SchemaChange.CreateTable(table));
      }
    }
    for (TableSchema table : current) {
      TableSchema before = previous.table(table.name());
      String from = hints.tableRenames().get(table.name());
      if (before == null && from != null && renamedFrom.contains(from)) {
        before = previous.table(from).withName(table.name());
      }
      if (before != null) {
        compare(before, table, hints, changes);
      }
    }
    List<TableSchema> dropped = new ArrayList<>();
    for (TableSchema table : previous.tables()) {
      if (current.stream().noneMatch(each -> each.name().equals(table.name())) && !renamedFrom.contains(table.name())) {
        if (hints.tableDrops().contains(table.name())) {
          dropped.add(table);
        } else {
          changes.add(new SchemaChange.Unsupported(table.name(), "table " + table.name() + " is no longer a model's"
              + " (if it was renamed, say so with @Table(renamedFrom = \"" + table.name() + "\"); to drop it with its"
              + " rows, put @DroppedTable(\"" + table.name() + "\") on any model)"));
        }
      }
    }
    // Last, after the tables that referred to them dropped their references; a dropped table before those it refers to.
    List<TableSchema> dependentsFirst = new ArrayList<>(MigrationGenerator.creationOrder(dropped));
    Collections.reverse(dependentsFirst);
    dependentsFirst.forEach(table -> changes.add(new SchemaChange.DropTable(table.name())));
    return changes;
  }

  /**
   * One table's changes, in an order its statements can run in: indexes dropped, columns renamed
   * and dropped, columns added, indexes created; then what cannot be migrated.
   */
  private static void compare(TableSchema before, TableSchema after, MigrationHints hints, List<SchemaChange> changes) {
    String table = after.name();
    Map<String, String> renames = hints.renamesIn(table);
    List<SchemaChange> indexDrops = new ArrayList<>();
    List<SchemaChange> columnChanges = new ArrayList<>();
    List<SchemaChange> additions = new ArrayList<>();
    List<SchemaChange> refused = new ArrayList<>();
    Set<String> renamedFrom = new HashSet<>();
    List<ColumnSchema> added = new ArrayList<>();
    List<ColumnSchema[]> altered = new ArrayList<>();
    for (ColumnSchema column : after.columns()) {
      ColumnSchema old = column(before, column.name());
      String from = renames.get(column.name());
      if (old == null && from != null && column(before, from) != null && column(after, from) == null) {
        renamedFrom.add(from);
        columnChanges.add(new SchemaChange.RenameColumn(table, from, column.name()));
        // Changed as well: altered under its new name once renamed.
        compareColumn(after, column(before, from).withName(column.name()), column, altered, refused);
      } else if (old == null) {
        added.add(column);
      } else {
        compareColumn(after, old, column, altered, refused);
      }
    }
    if (!altered.isEmpty()) {
      columnChanges.add(new SchemaChange.AlterColumns(after, altered));
    }
    List<String> unexplained = new ArrayList<>();
    for (ColumnSchema column : before.columns()) {
      if (column(after, column.name()) == null && !renamedFrom.contains(column.name())) {
        if (hints.dropsIn(table).contains(column.name())) {
          columnChanges.add(new SchemaChange.DropColumn(table, column.name()));
        } else {
          unexplained.add(column.name());
        }
      }
    }
    for (ColumnSchema column : added) {
      if (!unexplained.isEmpty()) {
        refused.add(new SchemaChange.AmbiguousColumn(table, column.name(), unexplained));
      } else if (!column.nullable() && column.defaultValue() == null) {
        refused.add(new SchemaChange.RequiredColumnWithoutDefault(table, column.name()));
      } else if (column.generated() || after.primaryKey().contains(column.name())
          || (column.defaultValue() != null && column.defaultValue().isNow())) {
        refused.add(new SchemaChange.Unsupported(table, "column " + table + "." + column.name()
            + " is new and is part of the key or defaults to the current time"));
      } else {
        additions.add(new SchemaChange.AddColumn(after, column));
      }
    }
    if (added.isEmpty()) {
      unexplained.forEach(column -> refused.add(new SchemaChange.ColumnGone(table, column)));
    }
    for (TableSchema.Index index : before.indexes()) {
      TableSchema.Index now = after.indexes().stream().filter(each -> each.name().equals(index.name())).findFirst().orElse(null);
      if (!index.equals(now)) {
        indexDrops.add(new SchemaChange.DropIndex(table, index.name()));
      }
    }
    for (TableSchema.Index index : after.indexes()) {
      if (!index.equals(before.indexes().stream().filter(each -> each.name().equals(index.name())).findFirst().orElse(null))) {
        additions.add(new SchemaChange.CreateIndex(table, index));
      }
    }
    if (!before.primaryKey().equals(after.primaryKey()) && renamedFrom.isEmpty()) {
      refused.add(new SchemaChange.Unsupported(table, "the primary key of " + table + " changed"));
    }
    List<TableSchema.NamedConstraint> constraintsBefore = constraints(before);
    List<TableSchema.NamedConstraint> constraintsAfter = constraints(after);
    List<TableSchema.NamedConstraint> dropped = new ArrayList<>(constraintsBefore);
    dropped.removeAll(constraintsAfter);
    List<TableSchema.NamedConstraint> addedConstraints = new ArrayList<>(constraintsAfter);
    addedConstraints.removeAll(constraintsBefore);
    if (!dropped.isEmpty()) {
      changes.add(new SchemaChange.DropConstraints(after, dropped));
    }
    changes.addAll(indexDrops);
    changes.addAll(columnChanges);
    changes.addAll(additions);
    if (!addedConstraints.isEmpty()) {
      changes.add(new SchemaChange.AddConstraints(after, addedConstraints));
    }
    changes.addAll(refused);
  }

  /** The table's unique, check and foreign key constraints. */
  private static List<TableSchema.NamedConstraint> constraints(TableSchema table) {
    List<TableSchema.NamedConstraint> constraints = new ArrayList<>(table.uniqueConstraints());
    constraints.addAll(table.checks());
    constraints.addAll(table.foreignKeys());
    return constraints;
  }

  /**
   * A column of the table that is there before and after (under its new name, if renamed): a
   * change that keeps every value is altered; one that can lose values asks; one of a key column,
   * or between types no ALTER converts, is not migrated.
   */
  private static void compareColumn(TableSchema after, ColumnSchema before, ColumnSchema column,
      List<ColumnSchema[]> altered, List<SchemaChange> refused) {
    String table = after.name();
    if (before.equals(column)) {
      return;
    }
    String risk = ColumnChanges.risk(before, column);
    if (!ColumnChanges.alterable(before, column) || after.primaryKey().contains(column.name())) {
      refused.add(new SchemaChange.Unsupported(table, "column " + table + "." + column.name() + " changed"));
    } else if (risk != null) {
      refused.add(new SchemaChange.LossyChange(table, column.name(), risk));
    } else {
      altered.add(new ColumnSchema[] {before, column});
    }
  }

  private static ColumnSchema column(TableSchema table, String name) {
    return table.columns().stream().filter(column -> column.name().equals(name)).findFirst().orElse(null);
  }
}
