package dev.kiln.processor.migrate;

import dev.kiln.schema.ColumnSchema;
import dev.kiln.schema.TableSchema;
import java.util.List;

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

  /** An index the models no longer have, or have another way (then created again after). */
  record DropIndex(String table, String index) implements SchemaChange {}

  /**
   * Columns of a table whose definitions changed in ways that keep every value (a longer length,
   * a wider number, NULL allowed, a NOT NULL with a default for the NULLs there, another default):
   * each pair is the column before and after. {@code schema} is the table after.
   */
  record AlterColumns(TableSchema schema, List<ColumnSchema[]> columns) implements SchemaChange {
    @Override
    public String table() {
      return schema.name();
    }
  }

  /** Unique, check and foreign key constraints of a table that exists, dropped by name. */
  record DropConstraints(TableSchema schema, List<TableSchema.NamedConstraint> constraints) implements SchemaChange {
    @Override
    public String table() {
      return schema.name();
    }
  }

  /** Unique, check and foreign key constraints added to a table that exists. */
  record AddConstraints(TableSchema schema, List<TableSchema.NamedConstraint> constraints) implements SchemaChange {
    @Override
    public String table() {
      return schema.name();
    }
  }

  /** A column's change that could lose values or fail on rows already there; {@code why} says how. */
  record LossyChange(String table, String column, String why) implements SchemaChange {}

  /** A table renamed with {@code @Table(renamedFrom = ...)}, its rows kept. */
  record RenameTable(String from, String table) implements SchemaChange {}

  /** A table no model maps to any more, dropped with {@code @DroppedTable}, its rows gone. */
  record DropTable(String table) implements SchemaChange {}

  /** A column renamed with {@code @RenamedFrom}, its data kept. */
  record RenameColumn(String table, String from, String to) implements SchemaChange {}

  /** A column dropped with {@code @DroppedColumn}, its data gone. */
  record DropColumn(String table, String column) implements SchemaChange {}

  /**
   * A new column while others are gone from the same table, none declared renamed or dropped: a
   * rename or a drop plus an add, which Kiln does not guess.
   */
  record AmbiguousColumn(String table, String column, List<String> gone) implements SchemaChange {}

  /** A column no field maps to any more and no {@code @DroppedColumn} names. */
  record ColumnGone(String table, String column) implements SchemaChange {}

  /**
   * A new NOT NULL column with no default: the rows a table holds would have no value for it.
   * {@code column} names it, so the diagnostic can stand on its field.
   */
  record RequiredColumnWithoutDefault(String table, String column) implements SchemaChange {}

  /** A change Kiln does not write a migration for (yet), said in words. */
  record Unsupported(String table, String what) implements SchemaChange {}
}
