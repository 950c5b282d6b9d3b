package dev.kiln.migrate;

import dev.kiln.annotation.OnDelete;
import java.util.List;
import java.util.Map;

/**
 * A table as the database's catalog describes it (JDBC's {@code DatabaseMetaData}, and the
 * dialect's own catalog for the names of its check constraints): what {@link SchemaVerifier}
 * compares with a model's {@code TableSchema}. Names as the catalog spells them.
 */
record LiveTable(
    String name,
    Map<String, Column> columns,
    List<String> primaryKey,
    List<Index> indexes,
    List<ForeignKey> foreignKeys,
    List<String> checks) {

  /** A column's type as reported: its name, size (a length or precision) and decimal digits. */
  record Column(String name, String type, int size, int digits, boolean nullable) {}

  record Index(String name, List<String> columns, boolean unique) {}

  record ForeignKey(String name, List<String> columns, String targetTable, List<String> targetColumns, OnDelete onDelete) {}
}
