package dev.kiln.schema;

import java.util.List;

/**
 * What DDL needs to know about one table. Constraint and index names are final here: the processor
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
    List<Index> indexes) {
  public TableSchema {
    columns = List.copyOf(columns);
    primaryKey = List.copyOf(primaryKey);
    uniqueConstraints = List.copyOf(uniqueConstraints);
    checks = List.copyOf(checks);
    indexes = List.copyOf(indexes);
  }

  /** A named constraint over some columns: a {@code UNIQUE} constraint. */
  public record Constraint(String name, List<String> columns) {
    public Constraint {
      columns = List.copyOf(columns);
    }
  }

  /** A named {@code CHECK} constraint with the author's SQL condition. */
  public record Check(String name, String condition) {}

  /** A named index over some columns, in order. */
  public record Index(String name, List<String> columns, boolean unique) {
    public Index {
      columns = List.copyOf(columns);
    }
  }
}
