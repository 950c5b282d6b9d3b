package dev.kiln.schema;

import dev.kiln.annotation.OnDelete;
import java.util.ArrayList;
import java.util.List;

/**
 * What DDL needs to know about one table, in no dialect's terms: each {@link
 * dev.kiln.dialect.Dialect} renders it. Constraint and index names are final here: the processor
 * applies the naming conventions, so every dialect creates the same names.
 *
 * @param primaryKey the key's column names, in key order
 */
public record TableSchema(
    String name,
    List<ColumnSchema> columns,
    List<String> primaryKey,
    List<Constraint> uniqueConstraints,
    List<Check> checks,
    List<Index> indexes,
    List<ForeignKey> foreignKeys) {
  public TableSchema {
    columns = List.copyOf(columns);
    primaryKey = List.copyOf(primaryKey);
    uniqueConstraints = List.copyOf(uniqueConstraints);
    checks = List.copyOf(checks);
    indexes = List.copyOf(indexes);
    foreignKeys = List.copyOf(foreignKeys);
  }

  /**
   * A many-to-many relationship's association table: a column holding the owner's key and one
   * holding the target's, of the keys' types, together the primary key; the target's column
   * indexed (the key's index serves the owner's); each a foreign key that goes with its row.
   */
  public static TableSchema association(
      String name, String ownerColumn, String ownerTable, ColumnSchema ownerKey,
      String targetColumn, String targetTable, ColumnSchema targetKey) {
    return builder(name)
        .column(keyCopy(ownerColumn, ownerKey))
        .column(keyCopy(targetColumn, targetKey))
        .primaryKey(ownerColumn, targetColumn)
        .index(name + "_" + targetColumn + "_idx", targetColumn)
        .foreignKey(name + "_" + ownerColumn + "_fkey", ownerColumn, ownerTable, ownerKey.name(), OnDelete.CASCADE)
        .foreignKey(name + "_" + targetColumn + "_fkey", targetColumn, targetTable, targetKey.name(), OnDelete.CASCADE)
        .build();
  }

  /** A column of the key's type and length, never null. */
  private static ColumnSchema keyCopy(String name, ColumnSchema key) {
    ColumnSchema column = ColumnSchema.of(name, key.type()).notNull();
    return key.length() > 0 ? column.withLength(key.length()) : column;
  }

  /** The same table under another name, its constraints and indexes keeping theirs. */
  public TableSchema withName(String name) {
    return new TableSchema(name, columns, primaryKey, uniqueConstraints, checks, indexes, foreignKeys);
  }

  /** The same table with these foreign keys instead of its own. */
  public TableSchema withForeignKeys(List<ForeignKey> foreignKeys) {
    return new TableSchema(name, columns, primaryKey, uniqueConstraints, checks, indexes, foreignKeys);
  }

  /** A description to fill in part by part, as generated tables do. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** A table constraint a migration can add or drop by name: unique, check or foreign key. */
  public sealed interface NamedConstraint permits Constraint, Check, ForeignKey {
    String name();
  }

  /** A named constraint over some columns: a {@code UNIQUE} constraint. */
  public record Constraint(String name, List<String> columns) implements NamedConstraint {
    public Constraint {
      columns = List.copyOf(columns);
    }
  }

  /** A named {@code CHECK} constraint with the author's SQL condition. */
  public record Check(String name, String condition) implements NamedConstraint {}

  /** A named index over some columns, in order. */
  public record Index(String name, List<String> columns, boolean unique) {
    public Index {
      columns = List.copyOf(columns);
    }
  }

  /**
   * A named foreign key: {@code columns} hold the key of a row of {@code targetTable}, whose key
   * columns are {@code targetColumns}, in the same order.
   */
  public record ForeignKey(
      String name, List<String> columns, String targetTable, List<String> targetColumns, OnDelete onDelete)
      implements NamedConstraint {
    public ForeignKey {
      columns = List.copyOf(columns);
      targetColumns = List.copyOf(targetColumns);
    }
  }

  /**
   * Collects a table's columns, key, constraints and indexes, each kind in the order given. Its
   * methods take plain arguments and varargs, so that the generated code calling them needs no
   * generic type inference from javac.
   */
  public static final class Builder {
    private final String name;
    private final List<ColumnSchema> columns = new ArrayList<>();
    private final List<String> primaryKey = new ArrayList<>();
    private final List<Constraint> uniqueConstraints = new ArrayList<>();
    private final List<Check> checks = new ArrayList<>();
    private final List<Index> indexes = new ArrayList<>();
    private final List<ForeignKey> foreignKeys = new ArrayList<>();

    private Builder(String name) {
      this.name = name;
    }

    public Builder column(ColumnSchema column) {
      columns.add(column);
      return this;
    }

    /** The key's column names, in key order. */
    public Builder primaryKey(String... columnNames) {
      primaryKey.addAll(List.of(columnNames));
      return this;
    }

    public Builder unique(String constraintName, String... columnNames) {
      uniqueConstraints.add(new Constraint(constraintName, List.of(columnNames)));
      return this;
    }

    public Builder check(String constraintName, String condition) {
      checks.add(new Check(constraintName, condition));
      return this;
    }

    public Builder index(String indexName, String... columnNames) {
      indexes.add(new Index(indexName, List.of(columnNames), false));
      return this;
    }

    public Builder uniqueIndex(String indexName, String... columnNames) {
      indexes.add(new Index(indexName, List.of(columnNames), true));
      return this;
    }

    /** A foreign key of one column, referring to the single key column of {@code targetTable}. */
    public Builder foreignKey(
        String constraintName, String column, String targetTable, String targetColumn, OnDelete onDelete) {
      foreignKeys.add(new ForeignKey(constraintName, List.of(column), targetTable, List.of(targetColumn), onDelete));
      return this;
    }

    /** A foreign key of several columns, referring to the composite key of {@code targetTable}, part by part. */
    public Builder foreignKey(
        String constraintName, String[] columns, String targetTable, String[] targetColumns, OnDelete onDelete) {
      foreignKeys.add(new ForeignKey(constraintName, List.of(columns), targetTable, List.of(targetColumns), onDelete));
      return this;
    }

    public TableSchema build() {
      return new TableSchema(name, columns, primaryKey, uniqueConstraints, checks, indexes, foreignKeys);
    }
  }
}
