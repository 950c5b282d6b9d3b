package dev.kiln.processor.migrate;

import dev.kiln.dialect.Dialect;
import dev.kiln.schema.ColumnSchema;
import dev.kiln.schema.SchemaDdl;
import dev.kiln.schema.TableSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Renders migration steps as one dialect's script, with the DDL {@code createAll()} would run. */
final class MigrationScripts {
  private MigrationScripts() {}

  static String render(Dialect dialect, int version, List<SchemaChange> changes) {
    StringBuilder script = new StringBuilder("-- Kiln migration V").append(version)
        .append(", written by the annotation processor for ").append(dialect.kind().name().toLowerCase(Locale.ROOT))
        .append(". Review it and commit it; once applied, never edit it.\n");
    for (String statement : statements(dialect, changes)) {
      script.append(statement).append(";\n");
    }
    return script.toString();
  }

  private static List<String> statements(Dialect dialect, List<SchemaChange> changes) {
    Set<String> rebuilt = dialect.kind() == Dialect.Kind.SQLITE ? tablesToRebuild(changes) : Set.of();
    Set<String> done = new HashSet<>();
    boolean tablesCreated = false;
    List<String> statements = new ArrayList<>();
    for (SchemaChange change : changes) {
      if (rebuilt.contains(change.table()) && foldsIntoRebuild(change)) {
        if (done.add(change.table())) {
          statements.addAll(rebuild(dialect, change.table(), changes));
        }
      } else if (change instanceof SchemaChange.CreateTable) {
        if (!tablesCreated) {
          statements.addAll(SchemaDdl.create(dialect, newTables(changes)));
          tablesCreated = true;
        }
      } else if (change instanceof SchemaChange.AddColumn add) {
        statements.add(dialect.addColumnSql(add.schema(), add.column()));
      } else if (change instanceof SchemaChange.CreateIndex index) {
        statements.add(dialect.createIndexSql(index.table(), index.index()));
      } else if (change instanceof SchemaChange.DropIndex index) {
        statements.add(dialect.dropIndexSql(index.table(), index.index()));
      } else if (change instanceof SchemaChange.AlterColumns alter) {
        statements.addAll(alterColumns(dialect, alter));
      } else if (change instanceof SchemaChange.DropConstraints drop) {
        drop.constraints().forEach(constraint -> statements.add(dialect.dropConstraintSql(drop.table(), constraint)));
      } else if (change instanceof SchemaChange.AddConstraints add) {
        add.constraints().forEach(constraint -> statements.add(dialect.addConstraintSql(add.table(), constraint)));
      } else if (change instanceof SchemaChange.RenameTable rename) {
        statements.add("ALTER TABLE " + dialect.quote(rename.from()) + " RENAME TO " + dialect.quote(rename.table()));
      } else if (change instanceof SchemaChange.RenameColumn rename) {
        statements.add(dialect.renameColumnSql(rename.table(), rename.from(), rename.to()));
      } else if (change instanceof SchemaChange.DropColumn drop) {
        statements.add(dialect.dropColumnSql(drop.table(), drop.column()));
      } else if (change instanceof SchemaChange.DropTable drop) {
        statements.add(dialect.dropTableSql(drop.table()));
      } else {
        throw new IllegalArgumentException("No script for " + change);
      }
    }
    return statements;
  }

  /**
   * The new tables, in creation order, created at once where the first is: those that refer to
   * each other get the foreign keys between them once both exist.
   */
  private static List<TableSchema> newTables(List<SchemaChange> changes) {
    return changes.stream().filter(SchemaChange.CreateTable.class::isInstance)
        .map(change -> ((SchemaChange.CreateTable) change).schema()).toList();
  }

  /** Whether SQLite's rebuild of the change's table does it: a change to the table's columns or constraints. */
  private static boolean foldsIntoRebuild(SchemaChange change) {
    return !(change instanceof SchemaChange.CreateIndex || change instanceof SchemaChange.DropIndex
        || change instanceof SchemaChange.RenameTable);
  }

  /** The tables SQLite must rebuild: those whose columns' definitions or constraints change. */
  private static Set<String> tablesToRebuild(List<SchemaChange> changes) {
    Set<String> tables = new HashSet<>();
    for (SchemaChange change : changes) {
      if (change instanceof SchemaChange.AlterColumns || change instanceof SchemaChange.DropConstraints
          || change instanceof SchemaChange.AddConstraints) {
        tables.add(change.table());
      }
    }
    return tables;
  }

  /**
   * PostgreSQL alters each part of each changed column; MariaDB restates each column. A column
   * becoming NOT NULL gets its default where it held NULL first.
   */
  private static List<String> alterColumns(Dialect dialect, SchemaChange.AlterColumns alter) {
    TableSchema table = alter.schema();
    String name = dialect.quote(table.name());
    List<String> statements = new ArrayList<>();
    for (ColumnSchema[] pair : alter.columns()) {
      ColumnSchema before = pair[0];
      ColumnSchema after = pair[1];
      if (before.nullable() && !after.nullable()) {
        statements.add("UPDATE " + name + " SET " + dialect.quote(after.name()) + " = (" + dialect.defaultSql(after)
            + ") WHERE " + dialect.quote(after.name()) + " IS NULL");
      }
      if (dialect.kind() == Dialect.Kind.POSTGRESQL) {
        statements.addAll(postgresAlter(dialect, name, before, after));
      } else {
        statements.add("ALTER TABLE " + name + " MODIFY COLUMN " + dialect.columnDefinition(table, after, true));
      }
    }
    return statements;
  }

  /**
   * SQLite cannot alter a column or a constraint, so the table is rebuilt as its documentation
   * prescribes, taking every change of the table at once: a new table as the models now describe
   * it, the rows copied from the columns they came from (renamed ones from their old names, new
   * ones left to their defaults, a NULL becoming its column's default where the column is now NOT
   * NULL), the old table dropped, the new one renamed, its indexes created again. The migrator
   * turns foreign keys off around it and checks them before it commits.
   */
  private static List<String> rebuild(Dialect dialect, String table, List<SchemaChange> changes) {
    TableSchema after = null;
    Map<String, String> sources = new HashMap<>();
    Set<String> added = new HashSet<>();
    for (SchemaChange change : changes) {
      if (!change.table().equals(table)) {
        continue;
      }
      if (change instanceof SchemaChange.RenameColumn rename) {
        sources.put(rename.to(), rename.from());
      } else if (change instanceof SchemaChange.AddColumn add) {
        added.add(add.column().name());
        after = add.schema();
      } else if (change instanceof SchemaChange.AlterColumns alter) {
        after = alter.schema();
      } else if (change instanceof SchemaChange.DropConstraints drop) {
        after = drop.schema();
      } else if (change instanceof SchemaChange.AddConstraints add) {
        after = add.schema();
      }
    }
    String name = dialect.quote(table);
    String rebuilt = table + "__kiln_new";
    List<String> columns = new ArrayList<>();
    List<String> values = new ArrayList<>();
    for (ColumnSchema column : after.columns()) {
      if (added.contains(column.name())) {
        continue;
      }
      String source = dialect.quote(sources.getOrDefault(column.name(), column.name()));
      columns.add(dialect.quote(column.name()));
      values.add(column.nullable() || column.defaultValue() == null ? source
          : "COALESCE(" + source + ", " + dialect.defaultSql(column) + ")");
    }
    List<String> statements = new ArrayList<>();
    statements.add(dialect.createTableSql(after.withName(rebuilt)));
    statements.add("INSERT INTO " + dialect.quote(rebuilt) + " (" + String.join(", ", columns) + ") SELECT "
        + String.join(", ", values) + " FROM " + name);
    statements.add("DROP TABLE " + name);
    statements.add("ALTER TABLE " + dialect.quote(rebuilt) + " RENAME TO " + name);
    statements.addAll(dialect.createIndexSql(after));
    return statements;
  }

  private static List<String> postgresAlter(Dialect dialect, String table, ColumnSchema before, ColumnSchema after) {
    String alter = "ALTER TABLE " + table + " ALTER COLUMN " + dialect.quote(after.name());
    List<String> statements = new ArrayList<>();
    if (!dialect.columnTypeSql(before).equals(dialect.columnTypeSql(after))) {
      statements.add(alter + " TYPE " + dialect.columnTypeSql(after));
    }
    if (before.nullable() != after.nullable()) {
      statements.add(alter + (after.nullable() ? " DROP NOT NULL" : " SET NOT NULL"));
    }
    if (!Objects.equals(before.defaultValue(), after.defaultValue())) {
      statements.add(alter + (after.defaultValue() == null ? " DROP DEFAULT" : " SET DEFAULT (" + dialect.defaultSql(after) + ")"));
    }
    return statements;
  }

  /** A file name's description: what the first step does, in lower-case words joined by underscores. */
  static String description(int version, List<SchemaChange> changes) {
    if (version == 1) {
      return "create_tables";
    }
    // Named after what matters most: a table dropped, the other steps being there for it; an index
    // dropped is usually there for a column's change.
    SchemaChange first = changes.stream().filter(SchemaChange.DropTable.class::isInstance).findFirst()
        .or(() -> changes.stream().filter(change -> !(change instanceof SchemaChange.DropIndex)).findFirst())
        .orElse(changes.get(0));
    String words;
    if (first instanceof SchemaChange.CreateTable create) {
      words = "create_" + create.table();
    } else if (first instanceof SchemaChange.AddColumn add) {
      words = "add_" + add.table() + "_" + add.column().name();
    } else if (first instanceof SchemaChange.CreateIndex index) {
      words = "index_" + index.index().name();
    } else if (first instanceof SchemaChange.DropIndex index) {
      words = "drop_index_" + index.index();
    } else if (first instanceof SchemaChange.AlterColumns alter) {
      words = "alter_" + alter.table() + "_" + alter.columns().get(0)[1].name();
    } else if (first instanceof SchemaChange.RenameTable rename) {
      words = "rename_" + rename.from() + "_to_" + rename.table();
    } else if (first instanceof SchemaChange.RenameColumn rename) {
      words = "rename_" + rename.table() + "_" + rename.from() + "_to_" + rename.to();
    } else if (first instanceof SchemaChange.DropColumn drop) {
      words = "drop_" + drop.table() + "_" + drop.column();
    } else if (first instanceof SchemaChange.DropTable drop) {
      words = "drop_table_" + drop.table();
    } else {
      words = "change_" + first.table();
    }
    words = (changes.size() > 1 ? words + "_and_more" : words).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    return words.length() > 60 ? words.substring(0, 60) : words;
  }
}
