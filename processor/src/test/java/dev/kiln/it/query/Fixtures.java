package dev.kiln.it.query;

import dev.kiln.Database;
import dev.kiln.schema.TableDef;
import dev.kiln.session.Session;
import dev.kiln.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Setup the query tests share: databases with exactly the given tables, rows, and plain JDBC. */
final class Fixtures {
  private static final String SQLITE_PREFIX = "sqlite:///";

  private Fixtures() {}

  /** Connects to the URL (a {@code TestDatabase.freshUrl()}) knowing only these tables, and creates them. */
  static Database create(String url, TableDef<?>... tables) {
    return TestDatabase.createTables(url, tables);
  }

  /**
   * Six athletes with ties and nulls to sort and filter by:
   *
   * <pre>
   * name  team   score  bonus
   * ann   red    30     5
   * bob   red    10     null
   * cid   blue   20     25
   * dee   blue   40     40
   * eve   null   50     null
   * fay   green  20     10
   * </pre>
   */
  static List<Athlete> athletes() {
    return List.of(
        new Athlete("ann", "red", 30, 5),
        new Athlete("bob", "red", 10, null),
        new Athlete("cid", "blue", 20, 25),
        new Athlete("dee", "blue", 40, 40),
        new Athlete("eve", null, 50, null),
        new Athlete("fay", "green", 20, 10));
  }

  /** Stores the objects in a session of their own and commits. */
  static void store(Database database, Collection<?> objects) {
    try (Session session = database.openSession()) {
      session.addAll(new ArrayList<Object>(objects));
      session.commit();
    }
  }

  /** The athletes' names, in order. */
  static List<String> names(List<Athlete> athletes) {
    return athletes.stream().map(athlete -> athlete.name).toList();
  }

  /** A plain JDBC connection, in auto-commit, to the database at a {@code TestDatabase.freshUrl()}. */
  static Connection jdbc(String url) throws SQLException {
    String jdbcUrl = url.startsWith(SQLITE_PREFIX) ? "jdbc:sqlite:" + url.substring(SQLITE_PREFIX.length()) : url;
    return DriverManager.getConnection(jdbcUrl);
  }
}
