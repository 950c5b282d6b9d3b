package dev.kiln.it.reliability;

import dev.kiln.Database;
import dev.kiln.session.Session;
import dev.kiln.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Setup the reliability tests share: databases of specimens, and plain JDBC to check what Kiln wrote. */
final class Specimens {
  private static final String SQLITE_PREFIX = "sqlite:///";

  private Specimens() {}

  /** Connects to the URL (a {@code TestDatabase.freshUrl()}) and creates the specimen table. */
  static Database create(String url) {
    return TestDatabase.createTables(url, SpecimenTable.TABLE);
  }

  /** Commits the specimens in a session of their own, which fills in their keys. */
  static void store(Database database, List<Specimen> specimens) {
    try (Session session = database.openSession()) {
      session.addAll(specimens);
      session.commit();
    }
  }

  /** Reads each specimen back by key in a new session, so that none is the object that was stored. */
  static List<Specimen> reload(Database database, List<Specimen> stored) {
    try (Session session = database.openSession()) {
      return stored.stream().map(specimen -> session.get(SpecimenTable.TABLE, specimen.id).orElseThrow()).toList();
    }
  }

  /** A plain JDBC connection, in autocommit, to the database at a {@code TestDatabase.freshUrl()}. */
  static Connection jdbc(String url) throws SQLException {
    String jdbcUrl = url.startsWith(SQLITE_PREFIX) ? "jdbc:sqlite:" + url.substring(SQLITE_PREFIX.length()) : url;
    return DriverManager.getConnection(jdbcUrl);
  }

  /** The table's rows, counted with plain JDBC so that Kiln cannot be fooling itself. */
  static long countRows(String url, String table) {
    try (Connection connection = jdbc(url);
        Statement statement = connection.createStatement();
        ResultSet count = statement.executeQuery("SELECT count(*) FROM \"" + table + "\"")) {
      count.next();
      return count.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot count the rows of " + table, e);
    }
  }

  /** A column's values by key, as text, read with plain JDBC: what the database holds, not what Kiln makes of it. */
  static Map<Integer, String> readWithJdbc(String url, String column) {
    Map<Integer, String> values = new HashMap<>();
    try (Connection connection = jdbc(url);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT id, \"" + column + "\" FROM specimen")) {
      while (rows.next()) {
        values.put(rows.getInt(1), rows.getString(2));
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read specimen." + column, e);
    }
  }
}
