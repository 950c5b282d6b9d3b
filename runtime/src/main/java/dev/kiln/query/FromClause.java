package dev.kiln.query;

import dev.kiln.schema.TableDef;
import java.util.Set;

/**
 * The {@code FROM} of a select over joined tables: {@code "book" JOIN "author" ON ...}. The
 * relationships' {@code Join} builds it; a select renders it and qualifies every column by its
 * table, refusing a column of a table it does not join.
 */
public interface FromClause {
  /** Appends the tables and their join conditions, after {@code FROM}. */
  void render(SqlBuilder sql);

  /** Every table joined, the first one included. */
  Set<TableDef<?>> tables();
}
