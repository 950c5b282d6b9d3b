package dev.kiln.engine;

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
public final class TableStatements {
  private record InsertShape(long unset, int rows) {}

  /**
   * An INSERT of {@code rows} rows and the columns it binds for each row, in parameter order. If
   * it returns database-filled columns, they come first, in order, and {@code keyPosition} is where
   * the returned rows hold the key (0 for a one-row insert, which needs no matching).
   */
  public record Insert(String sql, int rows, int[] boundColumns, int keyPosition) {}

  /** The most rows one multi-row INSERT holds; a power of two, so that few statement shapes arise. */
  static final int MAX_INSERT_ROWS = 128;

  /** {@code SELECT "a", "b" FROM "t"}: every column, in declaration order. */
  public final String selectAll;

  /** {@code SELECT DISTINCT "a", "b" FROM "t"}. */
  public final String selectDistinctAll;

  public final String selectByKey;
  /** {@code RETURNING "a", "b"}: every column, in declaration order, as {@link #selectAll} reads them. */
  public final String returningAll;
  public final String deleteByKey;
  /** {@link #deleteByKey} that also checks the version it was given; null without a {@code @Version}. */
  public final String deleteByKeyAndVersion;
  /** The {@code @Version} column's index, or -1: updates set it and check its old value. */
  public final int versionColumn;
  /** Moves the key generator past explicitly chosen keys; null if the dialect needs none. */
  public final String keyGeneratorResync;

  private final Dialect dialect;
  private final String quotedTable;
  private final List<? extends Column<?, ?>> columns;
  private final List<? extends Column<?, ?>> databaseFilled;
  private final boolean[] keyColumns;
  private final String keyCondition;
  /** The key condition of an UPDATE: with {@code AND "version" = ?} for a versioned table. */
  private final String updateCondition;
  private final List<? extends Column<?, ?>> primaryKey;
  /** Whether the key is one column, by which a multi-row insert's returned rows are matched. */
  private final boolean singleKey;
  private final boolean generatesKey;
  /** The key's bit in the masks of database-filled columns, or 0 if the database does not fill it. */
  private final long keyFilledBit;
  /** INSERT statements by the database-filled columns they leave out and their number of rows. */
  private final Map<InsertShape, Insert> inserts = new ConcurrentHashMap<>();
  /**
   * {@link #selectWhereInList} by column index, made on first use; a race makes the same string
   * twice, and a string is safely shared without a lock.
   */
  private final String[] selectsWhereInList;
  /** UPDATE statements by the bit mask of the columns they set. */
  private final Map<Long, String> updates = new ConcurrentHashMap<>();

  public TableStatements(TableDef<?> table, Dialect dialect) {
    this.dialect = dialect;
    this.quotedTable = dialect.quote(table.name());
    this.columns = table.columns();
    this.databaseFilled = table.databaseFilled();
    this.primaryKey = table.primaryKey();
    this.singleKey = primaryKey.size() == 1;
    this.generatesKey = table.generatesKey();
    int keyFilledIndex = singleKey ? databaseFilled.indexOf(primaryKey.get(0)) : -1;
    this.keyFilledBit = keyFilledIndex < 0 ? 0 : 1L << keyFilledIndex;
    this.keyColumns = new boolean[columns.size()];
    this.selectsWhereInList = new String[columns.size()];
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
    Column<?, ?> version = table.versionColumn();
    this.versionColumn = version == null ? -1 : version.index();
    String versionTest = version == null ? "" : " AND " + dialect.quote(version.name()) + " = ?";
    this.updateCondition = keyCondition + versionTest;
    this.deleteByKeyAndVersion = version == null ? null : deleteByKey + versionTest;
    this.keyGeneratorResync =
        table.generatesKey() ? dialect.keyGeneratorResync(table.name(), table.primaryKey().get(0).name()) : null;
  }

  /**
   * {@code SELECT ... WHERE "id" IN (?, ?)}, or {@code WHERE ("a", "b") IN ((?, ?), (?, ?))} for a
   * composite key: every column of the rows with {@code count} keys, bound part by part.
   */
  public String selectByKeys(int count) {
    return selectAll + " WHERE " + inList(primaryKey, count);
  }

  /**
   * {@code SELECT ... WHERE "author_id" = ANY(?) ORDER BY "author_id", "id"}: as {@link
   * #selectWhereIn}, the values bound as one parameter, where the dialect can ({@link
   * Dialect#bindsKeyLists}).
   */
  public String selectWhereInList(Column<?, ?> column) {
    String sql = selectsWhereInList[column.index()];
    if (sql == null) {
      sql = selectAll + " WHERE " + dialect.keyListMatch(dialect.quote(column.name())) + orderBy(List.of(column));
      selectsWhereInList[column.index()] = sql;
    }
    return sql;
  }

  /** {@code "a" IN (?, ?)}, or {@code ("a", "b") IN ((?, ?), (?, ?))} for several columns. */
  private String inList(List<? extends Column<?, ?>> columns, int count) {
    List<String> names = new ArrayList<>();
    for (Column<?, ?> column : columns) {
      names.add(dialect.quote(column.name()));
    }
    boolean row = names.size() > 1;
    String one = row ? "(" + String.join(", ", Collections.nCopies(names.size(), "?")) + ")" : "?";
    return (row ? "(" + String.join(", ", names) + ")" : names.get(0))
        + " IN (" + String.join(", ", Collections.nCopies(count, one)) + ")";
  }

  /**
   * {@code SELECT ... WHERE "author_id" IN (?, ?) ORDER BY "author_id", "id"}: every column of the
   * rows whose {@code columns} hold one of {@code count} values (a row value {@code ("a", "b") IN
   * ((?, ?), ...)} for several columns): the rows that refer to some rows, as a collection loads
   * them, each referred row's in key order.
   */
  public String selectWhereIn(List<? extends Column<?, ?>> columns, int count) {
    return selectAll + " WHERE " + inList(columns, count) + orderBy(columns);
  }

  /**
   * {@code ORDER BY} the matched columns, then the key's other columns. Each referred row's rows
   * come in key order either way, and this is the order of the matched columns' index (which holds
   * the key after them), so the database reads the rows in it rather than sorting them afterwards.
   */
  private String orderBy(List<? extends Column<?, ?>> matched) {
    List<String> order = new ArrayList<>();
    for (Column<?, ?> column : matched) {
      order.add(dialect.quote(column.name()));
    }
    for (Column<?, ?> part : primaryKey) {
      if (!matched.contains(part)) {
        order.add(dialect.quote(part.name()));
      }
    }
    return " ORDER BY " + String.join(", ", order);
  }

  public boolean isKey(int column) {
    return keyColumns[column];
  }

  /**
   * {@code INSERT INTO "t" ("a", "b") VALUES (?, ?), (?, ?) RETURNING "id"}: every column but the
   * unset database-filled ones, for {@code rows} rows, returning the unset ones in their order. A
   * multi-row insert that returns values also returns the key, after them, so that each returned
   * row can be matched to its object.
   */
  public Insert insert(long unset, int rows) {
    return inserts.computeIfAbsent(new InsertShape(unset, rows), this::renderInsert);
  }

  /**
   * The most rows one INSERT leaving these columns unset may hold: as many as the dialect wants,
   * up to {@link #MAX_INSERT_ROWS}, rounded down to a power of two. It is one when returned values
   * could not be matched to their rows: without a single-column key, or when the key is filled by
   * a default rather than generated in ascending order, or when nothing is bound at all.
   */
  public int maxInsertRows(long unset) {
    int perRow = columns.size() - Long.bitCount(unset);
    boolean matchable = unset == 0 || (singleKey && (generatesKey || (unset & keyFilledBit) == 0));
    if (perRow == 0 || !matchable) {
      return 1;
    }
    return Integer.highestOneBit(Math.max(1, Math.min(MAX_INSERT_ROWS, dialect.maxInsertRows(perRow))));
  }

  private Insert renderInsert(InsertShape shape) {
    List<Column<?, ?>> bound = new ArrayList<>(columns);
    List<Column<?, ?>> returned = new ArrayList<>();
    for (int i = 0; i < databaseFilled.size(); i++) {
      if ((shape.unset() & (1L << i)) != 0) {
        bound.remove(databaseFilled.get(i));
        returned.add(databaseFilled.get(i));
      }
    }
    int keyPosition = 0;
    if (shape.rows() > 1 && !returned.isEmpty()) {
      Column<?, ?> key = primaryKey.get(0);
      if (!returned.contains(key)) {
        returned.add(key);
      }
      keyPosition = returned.indexOf(key) + 1;
    }
    StringBuilder sql = new StringBuilder("INSERT INTO ").append(quotedTable);
    if (bound.isEmpty()) {
      // Only one row can be inserted this way; maxInsertRows keeps such inserts to one row, since
      // the key is then database-filled and returned.
      sql.append(dialect.defaultValues());
    } else {
      sql.append(" (").append(columnList(bound)).append(") VALUES ");
      String row = "(" + String.join(", ", Collections.nCopies(bound.size(), "?")) + ")";
      for (int i = 0; i < shape.rows(); i++) {
        sql.append(i == 0 ? "" : ", ").append(row);
      }
    }
    if (!returned.isEmpty()) {
      sql.append(" RETURNING ").append(columnList(returned));
    }
    return new Insert(
        sql.toString(), shape.rows(), bound.stream().mapToInt(Column::index).toArray(), keyPosition);
  }

  /**
   * {@code UPDATE "t" SET "a" = ?, "c" = ? WHERE "id" = ?} for the changed columns; a versioned
   * table's ends {@code AND "version" = ?}, for the version the row had.
   */
  public String update(boolean[] changed) {
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
    return sql.append(updateCondition).toString();
  }

  private String columnList(List<? extends Column<?, ?>> list) {
    StringBuilder text = new StringBuilder();
    for (Column<?, ?> column : list) {
      text.append(text.isEmpty() ? "" : ", ").append(dialect.quote(column.name()));
    }
    return text.toString();
  }
}
