package dev.kiln.it.schema;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the database itself holds, read and written with plain JDBC on a connection of its own, so
 * that Kiln cannot be fooling itself.
 */
final class Catalog {
  /** An index as the database describes it: its columns in index order, and whether it is unique. */
  record IndexShape(List<String> columns, boolean unique) {}

  /**
   * A column as the database describes it: whether it refuses NULL, and its default, the SQL text
   * the database keeps without enclosing parentheses, or null for none.
   */
  record ColumnShape(boolean notNull, String defaultSql) {}

  private static final String SQLITE_PREFIX = "sqlite:///";

  private Catalog() {}

  /** The table's column names, in table order. */
  static List<String> columns(String url, String table) {
    String sql =
        isSqlite(url)
            ? "SELECT name FROM pragma_table_info(?) ORDER BY cid"
            : "SELECT column_name FROM information_schema.columns"
                + " WHERE table_schema = " + currentSchema(url) + " AND table_name = ? ORDER BY ordinal_position";
    List<String> columns = new ArrayList<>();
    query(url, sql, table, rows -> columns.add(rows.getString(1)));
    return columns;
  }

  /** The table's columns by name, in table order. */
  static Map<String, ColumnShape> columnShapes(String url, String table) {
    String sql =
        isSqlite(url)
            ? "SELECT name, \"notnull\" = 1, dflt_value FROM pragma_table_info(?) ORDER BY cid"
            : isMariaDb(url)
                // MariaDB shows "no default" of a nullable column as NULL, the text; a default of that text is quoted.
                ? "SELECT column_name, is_nullable = 'NO', NULLIF(column_default, 'NULL') FROM information_schema.columns"
                    + " WHERE table_schema = database() AND table_name = ? ORDER BY ordinal_position"
                : "SELECT column_name, is_nullable = 'NO', column_default FROM information_schema.columns"
                    + " WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position";
    Map<String, ColumnShape> columns = new LinkedHashMap<>();
    query(
        url,
        sql,
        table,
        rows -> columns.put(rows.getString(1), new ColumnShape(rows.getBoolean(2), unparenthesized(rows.getString(3)))));
    return columns;
  }

  private static String unparenthesized(String sql) {
    String text = sql;
    while (text != null && text.startsWith("(") && text.endsWith(")")) {
      text = text.substring(1, text.length() - 1);
    }
    return text;
  }

  /**
   * Every index on the table by name, including those the database made for its key and unique
   * constraints.
   */
  static Map<String, IndexShape> indexes(String url, String table) {
    String sql =
        isSqlite(url)
            ? "SELECT il.name, il.\"unique\", ii.name FROM pragma_index_list(?) il"
                + " JOIN pragma_index_info(il.name) ii ORDER BY il.name, ii.seqno"
            : isMariaDb(url)
            ? "SELECT index_name, non_unique = 0, column_name FROM information_schema.statistics"
                + " WHERE table_schema = database() AND table_name = ? ORDER BY index_name, seq_in_index"
            : "SELECT i.relname, x.indisunique, a.attname FROM pg_index x"
                + " JOIN pg_class t ON t.oid = x.indrelid"
                + " JOIN pg_class i ON i.oid = x.indexrelid"
                + " CROSS JOIN LATERAL unnest(x.indkey::int2[]) WITH ORDINALITY AS k(attnum, position)"
                + " JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum"
                + " WHERE t.relnamespace = current_schema()::regnamespace AND t.relname = ?"
                + " ORDER BY i.relname, k.position";
    Map<String, List<String>> columns = new LinkedHashMap<>();
    Map<String, Boolean> unique = new LinkedHashMap<>();
    query(
        url,
        sql,
        table,
        rows -> {
          String name = rows.getString(1);
          columns.computeIfAbsent(name, unused -> new ArrayList<>()).add(rows.getString(3));
          unique.put(name, rows.getBoolean(2));
        });
    Map<String, IndexShape> indexes = new LinkedHashMap<>();
    columns.forEach((name, names) -> indexes.put(name, new IndexShape(List.copyOf(names), unique.get(name))));
    return indexes;
  }

  /** The table's row count. */
  static long countRows(String url, String table) {
    long[] count = new long[1];
    query(url, "SELECT COUNT(*) FROM \"" + table + "\"", null, rows -> count[0] = rows.getLong(1));
    return count[0];
  }

  /** Runs a statement outside Kiln, committed at once. */
  static void execute(String url, String sql) {
    try (Connection connection = DriverManager.getConnection(jdbcUrl(url));
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot run " + sql + " at " + url, e);
    }
  }

  private interface RowReader {
    void read(ResultSet rows) throws SQLException;
  }

  private static void query(String url, String sql, String parameter, RowReader reader) {
    try (Connection connection = DriverManager.getConnection(jdbcUrl(url));
        PreparedStatement statement = connection.prepareStatement(sql)) {
      if (parameter != null) {
        statement.setString(1, parameter);
      }
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          reader.read(rows);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot run " + sql + " at " + url, e);
    }
  }

  private static boolean isSqlite(String url) {
    return url.startsWith(SQLITE_PREFIX);
  }

  private static boolean isMariaDb(String url) {
    return url.startsWith("jdbc:mariadb:");
  }

  private static String currentSchema(String url) {
    return isMariaDb(url) ? "database()" : "current_schema()";
  }

  static String jdbcUrl(String url) {
    return isSqlite(url) ? "jdbc:sqlite:" + url.substring(SQLITE_PREFIX.length()) : url;
  }
}
