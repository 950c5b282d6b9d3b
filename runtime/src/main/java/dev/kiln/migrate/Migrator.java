package dev.kiln.migrate;

import dev.kiln.dialect.Dialect;
import dev.kiln.engine.Engine;
import dev.kiln.engine.PooledConnection;
import dev.kiln.error.MigrationException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Applies pending migrations in version order, each in a transaction of its own where the dialect
 * can roll DDL back (PostgreSQL, SQLite), and records each in {@link SchemaHistory}. Before
 * applying anything it refuses a history that disagrees with the scripts: an applied script that
 * was changed, or one that failed part-way. Concurrent migrators, in this process or another,
 * apply each migration once: PostgreSQL and MariaDB take the {@link SchemaLock} for the whole run;
 * SQLite takes its write lock ({@code BEGIN IMMEDIATE}) for each migration and reads the history
 * again under it.
 */
public final class Migrator {
  private final Engine engine;
  private final Dialect dialect;
  private final SchemaHistory history;

  public Migrator(Engine engine) {
    this.engine = engine;
    this.dialect = engine.dialect();
    this.history = new SchemaHistory(dialect);
  }

  /** Applies the migrations the history does not hold yet; returns how many it applied. */
  public int migrate(Migrations migrations) {
    return underLock((connection, pooled) -> {
      inTransaction(pooled, () -> {
        execute(connection, history.createSql());
        return null;
      });
      Map<Integer, SchemaHistory.Applied> before = history.read(connection);
      check(migrations, before);
      int applied = 0;
      for (Migration migration : migrations.list()) {
        // Applied before this run: nothing to do, not even a transaction. The others are checked
        // again as each is applied, where another process may have applied it meanwhile.
        if (!isApplied(before, migration) && apply(connection, pooled, migration)) {
          applied++;
        }
      }
      return applied;
    });
  }

  /**
   * Records the database as being at {@code version} without running anything: migrations up to
   * it count as applied. For a database created before migrations (by {@code createAll}, or by
   * hand to match the models). Refused once any migration has been applied.
   */
  public void baseline(int version) {
    underLock((connection, pooled) -> {
      inTransaction(pooled, () -> {
        execute(connection, history.createSql());
        Map<Integer, SchemaHistory.Applied> applied = history.read(connection);
        if (!applied.isEmpty()) {
          throw new MigrationException("The database has a migration history already (" + applied.size()
              + " rows in " + SchemaHistory.TABLE + "); a baseline is only for a database that has none.");
        }
        history.recordBaseline(connection, version);
        return null;
      });
      return null;
    });
  }

  /** Applies one migration unless the history, read again under the lock, holds it; true if it did. */
  private boolean apply(Connection connection, PooledConnection pooled, Migration migration) throws SQLException {
    if (!dialect.transactionalDdl()) {
      return applyWithoutRollback(connection, migration);
    }
    // SQLite's way to change a table is to rebuild it; its documentation has foreign keys off
    // meanwhile (set outside the transaction, where SQLite honours it) and checked before commit.
    boolean sqlite = dialect.kind() == Dialect.Kind.SQLITE;
    if (sqlite) {
      execute(connection, "PRAGMA foreign_keys = OFF");
    }
    try {
      return inTransaction(pooled, () -> {
        if (isApplied(connection, migration)) {
          return false;
        }
        long start = System.nanoTime();
        runScript(connection, migration);
        if (sqlite) {
          checkForeignKeys(connection, migration);
        }
        history.record(connection, migration, millisSince(start), true);
        return true;
      });
    } finally {
      if (sqlite) {
        execute(connection, "PRAGMA foreign_keys = ON");
      }
    }
  }

  /** Refuses a script that leaves a row referring to one that does not exist. */
  private void checkForeignKeys(Connection connection, Migration migration) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet dangling = statement.executeQuery("PRAGMA foreign_key_check")) {
      if (dangling.next()) {
        throw new MigrationException(migration.script() + " leaves rows of table " + dangling.getString(1)
            + " referring to rows of " + dangling.getString(3) + " that do not exist; nothing of it was kept.");
      }
    }
  }

  /** Where DDL commits by itself: runs the statements, then records the outcome, failed or not. */
  private boolean applyWithoutRollback(Connection connection, Migration migration) throws SQLException {
    if (isApplied(connection, migration)) {
      return false;
    }
    long start = System.nanoTime();
    try {
      runScript(connection, migration);
    } catch (MigrationException e) {
      history.record(connection, migration, millisSince(start), false);
      throw new MigrationException(e.getMessage() + " " + dialect.kind() + " cannot roll DDL back, so what ran of it"
          + " stays: repair the database by hand, then delete version " + migration.version() + "'s row from "
          + SchemaHistory.TABLE + " and migrate again.", e.getCause());
    }
    history.record(connection, migration, millisSince(start), true);
    return true;
  }

  private boolean isApplied(Connection connection, Migration migration) throws SQLException {
    return isApplied(history.read(connection), migration);
  }

  private static boolean isApplied(Map<Integer, SchemaHistory.Applied> rows, Migration migration) {
    return rows.containsKey(migration.version()) || migration.version() <= baselineOf(rows);
  }

  /** Refuses a history that disagrees with the scripts, before anything is applied. */
  private void check(Migrations migrations, Map<Integer, SchemaHistory.Applied> rows) {
    for (SchemaHistory.Applied row : rows.values()) {
      if (!row.success()) {
        throw new MigrationException("Migration " + row.script() + " failed part-way on an earlier run and"
            + " its changes could not be rolled back: repair the database by hand, then delete version "
            + row.version() + "'s row from " + SchemaHistory.TABLE + " and migrate again.");
      }
    }
    for (Migration migration : migrations.list()) {
      SchemaHistory.Applied row = rows.get(migration.version());
      if (row != null && !row.isBaseline() && row.checksum() != migration.checksum()) {
        throw new MigrationException(migration.script() + " was changed after it was applied (checksum "
            + row.checksum() + " then, " + migration.checksum() + " now). An applied migration must stay as it"
            + " ran: restore it, and put the change in a new migration.");
      }
    }
  }

  private static int baselineOf(Map<Integer, SchemaHistory.Applied> rows) {
    int baseline = 0;
    for (SchemaHistory.Applied row : rows.values()) {
      if (row.isBaseline()) {
        baseline = Math.max(baseline, row.version());
      }
    }
    return baseline;
  }

  private void runScript(Connection connection, Migration migration) {
    int number = 0;
    for (String statement : SqlScript.statements(migration.sql())) {
      number++;
      try {
        execute(connection, statement);
      } catch (SQLException e) {
        throw new MigrationException(migration.script() + " failed at its statement " + number + " ("
            + firstLine(statement) + "): " + dialect.translate(e, statement).getMessage()
            + (dialect.transactionalDdl() ? "; nothing of it was kept." : "."), e);
      }
    }
  }

  private void execute(Connection connection, String sql) throws SQLException {
    engine.echo().statement(sql, null);
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /** Work on the connection, in a transaction where DDL can be rolled back, in autocommit otherwise. */
  private <R> R inTransaction(PooledConnection pooled, SqlWork<R> work) throws SQLException {
    if (!dialect.transactionalDdl()) {
      return work.run();
    }
    dialect.begin(pooled.connection(), pooled::execute, null, false, true);
    try {
      R result = work.run();
      dialect.commit(pooled.connection(), pooled::execute);
      return result;
    } catch (SQLException | RuntimeException e) {
      try {
        dialect.rollback(pooled.connection(), pooled::execute);
      } catch (SQLException rollbackFailure) {
        e.addSuppressed(rollbackFailure);
      }
      throw e;
    }
  }

  /** Runs the work on one connection holding the run's lock (PostgreSQL, MariaDB), released after. */
  private <R> R underLock(LockedWork<R> work) {
    PooledConnection pooled = engine.acquire();
    Connection connection = pooled.connection();
    String sql = "locking the migration history";
    try {
      SchemaLock.acquire(connection, dialect);
      try {
        sql = "migrating";
        return work.run(connection, pooled);
      } finally {
        SchemaLock.release(connection, dialect);
      }
    } catch (SQLException e) {
      throw pooled.noteFailure(dialect.translate(e, sql));
    } finally {
      engine.release(pooled);
    }
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static String firstLine(String statement) {
    String line = statement.lines().findFirst().orElse("");
    return line.length() > 80 ? line.substring(0, 77) + "..." : line;
  }

  @FunctionalInterface
  private interface SqlWork<R> {
    R run() throws SQLException;
  }

  @FunctionalInterface
  private interface LockedWork<R> {
    R run(Connection connection, PooledConnection pooled) throws SQLException;
  }
}
