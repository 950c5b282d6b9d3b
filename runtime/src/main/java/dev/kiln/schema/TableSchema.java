package dev.kiln.schema;

import java.util.List;

/** What DDL needs to know about one table: its name and its columns, in declaration order. */
public record TableSchema(String name, List<ColumnSchema> columns) {
  public TableSchema {
    columns = List.copyOf(columns);
  }
}
