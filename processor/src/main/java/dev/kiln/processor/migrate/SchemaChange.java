package dev.kiln.processor.migrate;

import dev.kiln.schema.ColumnSchema;
import dev.kiln.schema.TableSchema;

/** One step from a snapshot's schema to the models': what a migration does, or why it cannot. */
sealed interface SchemaChange {
  /** The table the change is to. */
  String table();

  /** A new model's table, with its indexes. */
  record CreateTable(TableSchema schema) implements SchemaChange {
    @Override
    public String table() {
      return schema.name();
    }
  }

  /** A new nullable column, or one with a constant default, added to a table that may hold rows. */
  record AddColumn(TableSchema schema, ColumnSchema column) implements SchemaChange {
    @Override
    public String table() {
      return schema.name();
    }
  }

  /** A new index on a table that exists. */
  record CreateIndex(String table, TableSchema.Index index) implements SchemaChange {}

  /**
   * A new NOT NULL column with no default: the rows a table holds would have no value for it.
   * {@code column} names it, so the diagnostic can stand on its field.
   */
  record RequiredColumnWithoutDefault(String table, String column) implements SchemaChange {}

  /** A change Kiln does not write a migration for (yet), said in words. */
  record Unsupported(String table, String what) implements SchemaChange {}
}
