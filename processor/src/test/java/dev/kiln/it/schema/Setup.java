package dev.kiln.it.schema;

import dev.kiln.Database;
import dev.kiln.schema.TableDef;
import dev.kiln.session.Session;
import dev.kiln.testing.TestDatabase;
import java.util.List;

/** The setup every test of this package shares. */
final class Setup {
  private Setup() {}

  /** Connects to the URL (a {@code TestDatabase.freshUrl()}) knowing only these tables, and creates them. */
  static Database create(String url, TableDef<?>... tables) {
    return TestDatabase.createTables(url, tables);
  }

  /** Adds and commits the objects in a session of their own. */
  static void commit(Database database, Object... entities) {
    try (Session session = database.openSession()) {
      session.addAll(List.of(entities));
      session.commit();
    }
  }
}
