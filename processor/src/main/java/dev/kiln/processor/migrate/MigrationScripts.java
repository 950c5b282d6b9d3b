package dev.kiln.processor.migrate;

import dev.kiln.dialect.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
