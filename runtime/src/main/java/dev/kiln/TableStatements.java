package dev.kiln;

import dev.kiln.dialect.Dialect;
import dev.kiln.query.Column;
import dev.kiln.schema.TableDef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SQL a session runs for one table in one dialect, rendered once and reused, so that the
 * statement text is identical each time and the connection's statement cache hits.
 */
final class TableStatements {
  /** An INSERT and the columns it binds, in parameter order. */
  record Insert(String sql, int[] boundColumns) {}

  /** {@code SELECT "a", "b" FROM "t"}: every column, in declaration order. */
  final String selectAll;

  /** {@code SELECT DISTINCT "a", "b" FROM "t"}. */
  final String selectDistinctAll;

  final String selectByKey;
  /** {@code RETURNING "a", "b"}: every column, in declaration order, as {@link #selectAll} reads them. */
  final String returningAll;
  final String deleteByKey;
  /** Moves the key generator past explicitly chosen keys; null if the dialect needs none. */
  final String keyGeneratorResync;

  private final Dialect dialect;
  private final String quotedTable;
  private final List<? extends Column<?, ?>> columns;
  private final List<? extends Column<?, ?>> databaseFilled;
  private final boolean[] keyColumns;
  private final String keyCondition;
  /** INSERT statements by the mask of database-filled columns they leave out. */
  private final Map<Long, Insert> inserts = new ConcurrentHashMap<>();
  /** UPDATE statements by the bit mask of the columns they set. */
  private final Map<Long, String> updates = new ConcurrentHashMap<>();

  TableStatements(TableDef<?> table, Dialect dialect) {
    this.dialect = dialect;
    this.quotedTable = dialect.quote(table.name());
    this.columns = table.columns();
    this.databaseFilled = table.databaseFilled();
    this.keyColumns = new boolean[columns.size()];
    List<String> keyTests = new ArrayList<>();
    for (Column<?, ?> key : table.primaryKey()) {
      keyColumns[key.index()] = true;
      keyTests.add(dialect.quote(key.name()) + " = ?");
    }
    this.keyCondition = " WHERE " + String.join(" AND ", keyTests);
    this.selectAll = "SELECT " + columnList(columns) + " FROM " + quotedTable;
    this.selectDistinctAll = "SELECT DISTINCT " + columnList(columns) + " FROM " + quotedTable;
    this.selectByKey = selectAll + keyCondition;
    this.returningAll = " RETURNING " + columnList(columns);
    this.deleteByKey = "DELETE FROM " + quotedTable + keyCondition;
    this.keyGeneratorResync =
        table.generatesKey() ? dialect.keyGeneratorResync(table.name(), table.primaryKey().get(0).name()) : null;
  }

  boolean isKey(int column) {
    return keyColumns[column];
  }

  /**
   * {@code INSERT INTO "t" ("a", "b") VALUES (?, ?) RETURNING "id"}: every column but the unset
   * database-filled ones, which it returns in their order.
   */
  Insert insert(long unset) {
    return inserts.computeIfAbsent(unset, this::renderInsert);
  }

  private Insert renderInsert(long unset) {
    List<Column<?, ?>> bound = new ArrayList<>(columns);
    List<Column<?, ?>> returned = new ArrayList<>();
    for (int i = 0; i < databaseFilled.size(); i++) {
      if ((unset & (1L << i)) != 0) {
        bound.remove(databaseFilled.get(i));
        returned.add(databaseFilled.get(i));
      }
    }
    StringBuilder sql = new StringBuilder("INSERT INTO ").append(quotedTable);
    if (bound.isEmpty()) {
      sql.append(" DEFAULT VALUES");
    } else {
      sql.append(" (").append(columnList(bound)).append(") VALUES (");
      sql.append(String.join(", ", Collections.nCopies(bound.size(), "?"))).append(')');
    }
    if (!returned.isEmpty()) {
      sql.append(" RETURNING ").append(columnList(returned));
    }
    return new Insert(sql.toString(), bound.stream().mapToInt(Column::index).toArray());
  }

  /** {@code UPDATE "t" SET "a" = ?, "c" = ? WHERE "id" = ?} for the changed columns. */
  String update(boolean[] changed) {
    if (changed.length > Long.SIZE) {
      return renderUpdate(changed);
    }
    long mask = 0;
    for (int i = 0; i < changed.length; i++) {
      if (changed[i]) {
        mask |= 1L << i;
      }
    }
    return updates.computeIfAbsent(mask, unused -> renderUpdate(changed));
  }

  private String renderUpdate(boolean[] changed) {
    StringBuilder sql = new StringBuilder("UPDATE ").append(quotedTable).append(" SET ");
    String separator = "";
    for (int i = 0; i < changed.length; i++) {
      if (changed[i]) {
        sql.append(separator).append(dialect.quote(columns.get(i).name())).append(" = ?");
        separator = ", ";
      }
    }
    return sql.append(keyCondition).toString();
  }

  private String columnList(List<? extends Column<?, ?>> list) {
    StringBuilder text = new StringBuilder();
    for (Column<?, ?> column : list) {
      text.append(text.isEmpty() ? "" : ", ").append(dialect.quote(column.name()));
    }
    return text.toString();
  }
}
