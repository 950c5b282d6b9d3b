package dev.kiln.it.types;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.Database;
import dev.kiln.schema.TableDef;
import dev.kiln.session.Ref;
import dev.kiln.session.Session;
import dev.kiln.testing.TestDatabase;
import dev.kiln.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The setup every test of this package shares: a database with exactly the given tables, created. */
final class Databases {
  private static final String SQLITE_PREFIX = "sqlite:///";

  private Databases() {}

  /** Connects to the URL (a {@code TestDatabase.freshUrl()}) knowing only these tables, and creates them. */
  static Database create(String url, TableDef<?>... tables) {
    return TestDatabase.createTables(url, tables);
  }

  /** Stores the rows in a new database with only their table, then reads each back by key in a new session. */
  static <T> List<T> storeAndReload(TestDatabase db, TableDef<T> table, List<T> rows) {
    try (Database database = create(db.freshUrl(), table)) {
      List<Object> keys = store(database, table, rows);
      try (Session session = database.openSession()) {
        return keys.stream().map(key -> session.get(table, key).orElseThrow()).toList();
      }
    }
  }

  /** Inserts and commits the rows; returns their keys, generated ones included, in the rows' order. */
  static <T> List<Object> store(Database database, TableDef<T> table, List<T> rows) {
    List<Ref<T>> refs;
    try (Session session = database.openSession()) {
      refs = session.addAll(rows);
      session.commit();
    }
    List<Object> keys = new ArrayList<>();
    for (Ref<T> ref : refs) {
      keys.add(table.key(ref.get()));
    }
    assertThat(keys).as("keys").doesNotContainNull().doesNotHaveDuplicates();
    return keys;
  }

  /** The table's row count, read with plain JDBC on a connection of its own, so Kiln cannot be fooling itself. */
  static long countRows(String url, String table) {
    Object count = select(url, "SELECT COUNT(*) AS n FROM \"" + table + "\"").get(0).get("n");
    return ((Number) count).longValue();
  }

  /** The rows the query selects, each a map from column label to value, read with plain JDBC. */
  static List<Map<String, Object>> select(String url, String sql) {
    String jdbcUrl =
        url.startsWith(SQLITE_PREFIX) ? "jdbc:sqlite:" + url.substring(SQLITE_PREFIX.length()) : url;
    try (Connection connection = DriverManager.getConnection(jdbcUrl);
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      List<Map<String, Object>> rows = new ArrayList<>();
      while (result.next()) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
          row.put(result.getMetaData().getColumnLabel(i), result.getObject(i));
        }
        rows.add(row);
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot run " + sql + " at " + jdbcUrl, e);
    }
  }
}
