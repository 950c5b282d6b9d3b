package dev.kiln.it.types;

import dev.kiln.Database;
import dev.kiln.schema.TableDef;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** The setup every test of this package shares: a database with exactly the given tables, created. */
final class Databases {
  private static final String SQLITE_PREFIX = "sqlite:///";

  private Databases() {}

  /** Connects to the URL (a {@code TestDatabase.freshUrl()}) knowing only these tables, and creates them. */
  static Database create(String url, TableDef<?>... tables) {
    Database database = Database.connect(url, List.of(tables));
    try {
      database.createAll();
      return database;
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  /** The table's row count, read with plain JDBC on a connection of its own, so Kiln cannot be fooling itself. */
  static long countRows(String url, String table) {
    String jdbcUrl =
        url.startsWith(SQLITE_PREFIX) ? "jdbc:sqlite:" + url.substring(SQLITE_PREFIX.length()) : url;
    try (Connection connection = DriverManager.getConnection(jdbcUrl);
        Statement statement = connection.createStatement();
        ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
      count.next();
      return count.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot count the rows of " + table + " at " + jdbcUrl, e);
    }
  }
}
