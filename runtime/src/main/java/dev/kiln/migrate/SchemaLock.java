package dev.kiln.migrate;

import dev.kiln.dialect.Dialect;
import dev.kiln.error.MigrationException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The lock that makes changes to a database's schema take turns, across threads and processes:
 * migration runs, {@code createAll} and {@code dropAll}. Each reads the catalog or the history
 * under it, so a second one finds the first one's work done instead of doing it again. PostgreSQL
 * takes an advisory lock and MariaDB a named lock; SQLite needs none, as the changes run in {@code
 * BEGIN IMMEDIATE} transactions, which take its write lock.
 */
public final class SchemaLock {
  /** The key of PostgreSQL's advisory lock, and the name of MariaDB's: "kiln" in ASCII. */
  private static final long KEY = 0x6b696c6eL;
  private static final int MARIADB_WAIT_SECONDS = 600;

  private SchemaLock() {}

  /**
   * Waits for the lock, held by the connection across transactions until {@link #release}: for a
   * migration run, whose migrations commit one by one.
   */
  public static void acquire(Connection connection, Dialect dialect) throws SQLException {
    switch (dialect.kind()) {
      case POSTGRESQL -> execute(connection, "SELECT pg_advisory_lock(" + KEY + ")");
      case MARIADB -> acquireNamed(connection);
      case SQLITE -> { }
    }
  }

  public static void release(Connection connection, Dialect dialect) throws SQLException {
    switch (dialect.kind()) {
      case POSTGRESQL -> execute(connection, "SELECT pg_advisory_unlock(" + KEY + ")");
      case MARIADB -> releaseNamed(connection);
      case SQLITE -> { }
    }
  }

  /**
   * Waits for the lock inside a transaction begun already, for work that fits in it. PostgreSQL
   * releases it when the transaction ends (so it holds through a pooler such as PgBouncer, which
   * may hand the next transaction another server connection); elsewhere call {@link
   * #releaseAfterTransaction} once it has ended.
   */
  public static void acquireInTransaction(Connection connection, Dialect dialect) throws SQLException {
    switch (dialect.kind()) {
      case POSTGRESQL -> execute(connection, "SELECT pg_advisory_xact_lock(" + KEY + ")");
      case MARIADB -> acquireNamed(connection);
      case SQLITE -> { }
    }
  }

  public static void releaseAfterTransaction(Connection connection, Dialect dialect) throws SQLException {
    if (dialect.kind() == Dialect.Kind.MARIADB) {
      releaseNamed(connection);
    }
  }

  /** MariaDB's DDL commits implicitly, so only a lock the connection holds can span it. */
  private static void acquireNamed(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT GET_LOCK('kiln_" + KEY + "', " + MARIADB_WAIT_SECONDS + ")")) {
      if (!result.next() || result.getInt(1) != 1) {
        throw new MigrationException("Another process has been changing this database's schema for "
            + MARIADB_WAIT_SECONDS + " s; try again when it is done.");
      }
    }
  }

  private static void releaseNamed(Connection connection) throws SQLException {
    execute(connection, "SELECT RELEASE_LOCK('kiln_" + KEY + "')");
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
