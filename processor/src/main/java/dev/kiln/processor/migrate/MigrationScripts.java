package dev.kiln.processor.migrate;

import dev.kiln.dialect.Dialect;
import dev.kiln.schema.ColumnSchema;
import dev.kiln.schema.TableSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

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
    List<String> statements = new ArrayList<>();
    for (SchemaChange change : changes) {
      if (change instanceof SchemaChange.CreateTable create) {
        statements.add(dialect.createTableSql(create.schema()));
        statements.addAll(dialect.createIndexSql(create.schema()));
      } else if (change instanceof SchemaChange.AddColumn add) {
        statements.add(dialect.addColumnSql(add.schema(), add.column()));
      } else if (change instanceof SchemaChange.CreateIndex index) {
        statements.add(dialect.createIndexSql(index.table(), index.index()));
      } else if (change instanceof SchemaChange.DropIndex index) {
        statements.add(dialect.dropIndexSql(index.table(), index.index()));
      } else if (change instanceof SchemaChange.AlterColumns alter) {
        statements.addAll(alterColumns(dialect, alter));
      } else if (change instanceof SchemaChange.RenameColumn rename) {
        statements.add(dialect.renameColumnSql(rename.table(), rename.from(), rename.to()));
      } else if (change instanceof SchemaChange.DropColumn drop) {
        statements.add(dialect.dropColumnSql(drop.table(), drop.column()));
      } else {
        throw new IllegalArgumentException("No script for " + change);
      }
    }
    return statements;
  }

  /**
   * Changed column definitions. SQLite cannot alter a column, so the table is rebuilt as its
   * documentation prescribes: a new table, the rows copied (a NULL becoming its column's new
   * default), the old one dropped, the new one renamed, its indexes created again (the migrator
   * turns foreign keys off around it and checks them before it commits). PostgreSQL alters each
   * part of each column; MariaDB restates each column.
   */
  private static List<String> alterColumns(Dialect dialect, SchemaChange.AlterColumns alter) {
    TableSchema table = alter.schema();
    String name = dialect.quote(table.name());
    List<String> statements = new ArrayList<>();
    for (ColumnSchema[] pair : alter.columns()) {
      ColumnSchema before = pair[0];
      ColumnSchema after = pair[1];
      if (before.nullable() && !after.nullable() && dialect.kind() != Dialect.Kind.SQLITE) {
        statements.add("UPDATE " + name + " SET " + dialect.quote(after.name()) + " = (" + dialect.defaultSql(after)
            + ") WHERE " + dialect.quote(after.name()) + " IS NULL");
      }
      if (dialect.kind() == Dialect.Kind.POSTGRESQL) {
        statements.addAll(postgresAlter(dialect, name, before, after));
      } else if (dialect.kind() == Dialect.Kind.MARIADB) {
        statements.add("ALTER TABLE " + name + " MODIFY COLUMN " + dialect.columnDefinition(table, after, true));
      }
    }
    if (dialect.kind() != Dialect.Kind.SQLITE) {
      return statements;
    }
    String rebuilt = table.name() + "__kiln_new";
    List<String> columns = new ArrayList<>();
    List<String> values = new ArrayList<>();
    for (ColumnSchema column : table.columns()) {
      String quoted = dialect.quote(column.name());
      columns.add(quoted);
      values.add(column.nullable() || column.defaultValue() == null ? quoted
          : "COALESCE(" + quoted + ", " + dialect.defaultSql(column) + ")");
    }
    statements.add(dialect.createTableSql(new TableSchema(rebuilt, table.columns(), table.primaryKey(),
        table.uniqueConstraints(), table.checks(), List.of(), table.foreignKeys())));
    statements.add("INSERT INTO " + dialect.quote(rebuilt) + " (" + String.join(", ", columns) + ") SELECT "
        + String.join(", ", values) + " FROM " + name);
    statements.add("DROP TABLE " + name);
    statements.add("ALTER TABLE " + dialect.quote(rebuilt) + " RENAME TO " + name);
    statements.addAll(dialect.createIndexSql(table));
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
    // Named after what matters most: an index dropped is usually there for a column's change.
    SchemaChange first = changes.stream().filter(change -> !(change instanceof SchemaChange.DropIndex))
        .findFirst().orElse(changes.get(0));
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
    } else if (first instanceof SchemaChange.RenameColumn rename) {
      words = "rename_" + rename.table() + "_" + rename.from() + "_to_" + rename.to();
    } else if (first instanceof SchemaChange.DropColumn drop) {
      words = "drop_" + drop.table() + "_" + drop.column();
    } else {
      words = "change_" + first.table();
    }
    words = (changes.size() > 1 ? words + "_and_more" : words).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    return words.length() > 60 ? words.substring(0, 60) : words;
  }
}
