package dev.kiln;

import dev.kiln.dialect.Dialect;
import dev.kiln.query.Column;
import dev.kiln.schema.TableDef;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SQL a session runs for one table in one dialect, rendered once and reused, so that the
 * statement text is identical each time and the connection's statement cache hits.
 */
final class TableStatements {
  /** {@code SELECT "a", "b" FROM "t"}: every column, in declaration order. */
  final String selectAll;

  final String selectByKey;
  /** Inserts every column, the key included. */
  final String insertAll;
  /** Inserts every column but the key and returns the key the database generated; null if none. */
  final String insertReturningKey;
  /** The columns {@link #insertReturningKey} binds, by index. */
  final int[] columnsBesideKey;

  final String deleteByKey;
  /** Moves the key generator past explicitly chosen keys; null if the dialect needs nothing. */
  final String keyGeneratorResync;

  private final Dialect dialect;
  private final String quotedTable;
  private final List<? extends Column<?, ?>> columns;
  private final String keyCondition;
  /** UPDATE statements by the bit mask of the columns they set. */
  private final Map<Long, String> updates = new ConcurrentHashMap<>();

  TableStatements(TableDef<?> table, Dialect dialect) {
    this.dialect = dialect;
    this.quotedTable = dialect.quote(table.name());
    this.columns = table.columns();
    int keyIndex = table.primaryKey().index();
    this.keyCondition = " WHERE " + dialect.quote(table.primaryKey().name()) + " = ?";
    this.selectAll = "SELECT " + columnList(-1) + " FROM " + quotedTable;
    this.selectByKey = selectAll + keyCondition;
    this.insertAll =
        "INSERT INTO " + quotedTable + " (" + columnList(-1) + ") VALUES (" + placeholders(columns.size()) + ")";
    this.columnsBesideKey = new int[columns.size() - 1];
    for (int i = 0, j = 0; i < columns.size(); i++) {
      if (i != keyIndex) {
        columnsBesideKey[j++] = i;
      }
    }
    this.insertReturningKey =
        table.generatesKey()
            ? "INSERT INTO " + quotedTable + " (" + columnList(keyIndex) + ") VALUES ("
                + placeholders(columns.size() - 1) + ") RETURNING "
                + dialect.quote(table.primaryKey().name())
            : null;
    this.deleteByKey = "DELETE FROM " + quotedTable + keyCondition;
    this.keyGeneratorResync =
        table.generatesKey() ? dialect.keyGeneratorResync(table.name(), table.primaryKey().name()) : null;
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

  private String columnList(int skippedIndex) {
    StringBuilder list = new StringBuilder();
    for (Column<?, ?> column : columns) {
      if (column.index() != skippedIndex) {
        list.append(list.isEmpty() ? "" : ", ").append(dialect.quote(column.name()));
      }
    }
    return list.toString();
  }

  private static String placeholders(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
  }
}
