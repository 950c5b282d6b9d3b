package dev.kiln.processor.migrate;

import dev.kiln.annotation.OnDelete;
import dev.kiln.schema.ColumnDefault;
import dev.kiln.schema.ColumnSchema;
import dev.kiln.schema.SqlType;
import dev.kiln.schema.TableSchema;
import java.util.ArrayList;
import java.util.List;

/**
 * The compiled schema at one migration version, as a text file meant for review: one line per
 * table, column, key, constraint and index, tables in creation order, each part in declaration
 * order, so that a model change shows as a small diff. {@link #parse} reads back what {@link
 * #render} writes.
 *
 * <pre>
 * table post
 *   column id INTEGER not-null generated
 *   column title VARCHAR length 120 not-null
 *   column author_id INTEGER
 *   primary-key id
 *   index post_author_id_idx author_id
 *   foreign-key post_author_id_fkey author_id -> user id CASCADE
 * </pre>
 */
public record SchemaSnapshot(int version, List<TableSchema> tables) {
  static final String HEADER =
      "# Kiln schema snapshot: the tables the models describe at this migration version.\n"
          + "# Written by Kiln's annotation processor; commit it beside the migration, and do not edit it.\n";

  public SchemaSnapshot {
    tables = List.copyOf(tables);
  }

  public String render() {
    StringBuilder text = new StringBuilder(HEADER);
    for (TableSchema table : tables) {
      text.append("table ").append(table.name()).append('\n');
      for (ColumnSchema column : table.columns()) {
        text.append("  column ").append(column.name()).append(' ').append(column.type().name());
        if (column.length() > 0) {
          text.append(" length ").append(column.length());
        }
        if (column.precision() > 0 || column.scale() > 0) {
          text.append(" precision ").append(column.precision()).append(" scale ").append(column.scale());
        }
        text.append(column.nullable() ? "" : " not-null").append(column.generated() ? " generated" : "");
        text.append(column.version() ? " version" : "");
        if (column.defaultValue() != null) {
          text.append(column.defaultValue().isNow() ? " default-now" : " default " + column.defaultValue().sql());
        }
        text.append('\n');
      }
      text.append("  primary-key ").append(String.join(",", table.primaryKey())).append('\n');
      for (TableSchema.Constraint unique : table.uniqueConstraints()) {
        text.append("  unique ").append(unique.name()).append(' ').append(String.join(",", unique.columns())).append('\n');
      }
      for (TableSchema.Check check : table.checks()) {
        text.append("  check ").append(check.name()).append(' ').append(check.condition()).append('\n');
      }
      for (TableSchema.Index index : table.indexes()) {
        text.append(index.unique() ? "  unique-index " : "  index ").append(index.name()).append(' ')
            .append(String.join(",", index.columns())).append('\n');
      }
      for (TableSchema.ForeignKey key : table.foreignKeys()) {
        text.append("  foreign-key ").append(key.name()).append(' ').append(String.join(",", key.columns()))
            .append(" -> ").append(key.targetTable()).append(' ').append(String.join(",", key.targetColumns()))
            .append(' ').append(key.onDelete().name()).append('\n');
      }
    }
    return text.toString();
  }

  /** Reads a snapshot {@link #render} wrote; a line it does not know is an error naming the line. */
  public static SchemaSnapshot parse(int version, String text) {
    List<TableSchema> tables = new ArrayList<>();
    TableSchema.Builder table = null;
    int number = 0;
    for (String line : text.split("\n", -1)) {
      number++;
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      String[] words = trimmed.split(" ");
      if (words[0].equals("table")) {
        if (table != null) {
          tables.add(table.build());
        }
        table = TableSchema.builder(words[1]);
        continue;
      }
      if (table == null) {
        throw new IllegalArgumentException("line " + number + " comes before any table: " + trimmed);
      }
      switch (words[0]) {
        case "column" -> table.column(column(words, trimmed));
        case "primary-key" -> table.primaryKey(words.length > 1 ? words[1].split(",") : new String[0]);
        case "unique" -> table.unique(words[1], words[2].split(","));
        case "check" -> table.check(words[1], rest(trimmed, 2));
        case "index" -> table.index(words[1], words[2].split(","));
        case "unique-index" -> table.uniqueIndex(words[1], words[2].split(","));
        case "foreign-key" ->
            table.foreignKey(words[1], words[2].split(","), words[4], words[5].split(","), OnDelete.valueOf(words[6]));
        default -> throw new IllegalArgumentException("line " + number + " is not part of a snapshot: " + trimmed);
      }
    }
    if (table != null) {
      tables.add(table.build());
    }
    return new SchemaSnapshot(version, tables);
  }

  private static ColumnSchema column(String[] words, String line) {
    ColumnSchema column = ColumnSchema.of(words[1], SqlType.valueOf(words[2]));
    for (int i = 3; i < words.length; i++) {
      switch (words[i]) {
        case "length" -> column = column.withLength(Integer.parseInt(words[++i]));
        case "precision" -> {
          column = column.withPrecision(Integer.parseInt(words[i + 1]), Integer.parseInt(words[i + 3]));
          i += 3;
        }
        case "not-null" -> column = column.notNull();
        case "generated" -> column = column.generatedKey();
        case "version" -> column = column.asVersion();
        case "default-now" -> column = column.withDefault(ColumnDefault.NOW);
        case "default" -> {
          return column.withDefault(ColumnDefault.sql(rest(line, i + 1)));
        }
        default -> throw new IllegalArgumentException("unknown word " + words[i] + " in: " + line);
      }
    }
    return column;
  }

  /** The line from its {@code words}-th word on, spaces kept. */
  private static String rest(String line, int words) {
    int at = 0;
    for (int i = 0; i < words; i++) {
      at = line.indexOf(' ', at) + 1;
    }
    return line.substring(at);
  }

  /** The table of this name, or null. */
  TableSchema table(String name) {
    return tables.stream().filter(table -> table.name().equals(name)).findFirst().orElse(null);
  }
}
