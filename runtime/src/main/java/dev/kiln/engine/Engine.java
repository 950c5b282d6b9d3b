package dev.kiln.engine;

import dev.kiln.dialect.Dialect;
import dev.kiln.error.KilnException;
import dev.kiln.schema.TableDef;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What every session and connection of one {@code Database} shares: its dialect, its connections,
 * its models and their rendered statements, and the SQL echo. Thread-safe.
 */
public final class Engine implements AutoCloseable {
  private final Dialect dialect;
  private final ConnectionPool pool;
  private final SqlEcho echo;
  private final Map<Class<?>, TableDef<?>> tablesByModel = new HashMap<>();
  private final Map<TableDef<?>, TableStatements> statements = new ConcurrentHashMap<>();
  /** First come, first served among this Database's writers, where the database has one write lock. */
  private final WriterQueue writers;

  public Engine(DatabaseUrl url, List<TableDef<?>> tables, SqlEcho echo) {
    this.dialect = url.dialect();
    this.echo = echo;
    for (TableDef<?> table : tables) {
      TableDef<?> clash = tablesByModel.put(table.modelType(), table);
      if (clash != null && clash != table) {
        throw new IllegalArgumentException(
            table.modelType().getName() + " is registered twice, as " + clash + " and " + table);
      }
    }
    this.pool = new ConnectionPool(url);
    this.writers = dialect.locksWhenTransactionBegins() ? new WriterQueue() : null;
  }

  public Dialect dialect() {
    return dialect;
  }

  public SqlEcho echo() {
    return echo;
  }

  public PooledConnection acquire() {
    return pool.acquire();
  }

  /** Takes back a connection whose transaction has ended. */
  public void release(PooledConnection connection) {
    pool.release(connection);
  }

  /**
   * The queue this Database's writing transactions take turns through, or null where the database
   * locks rows rather than itself.
   */
  public WriterQueue writers() {
    return writers;
  }

  /** The table of the object's model. Safe: the map is keyed by each table's own model class. */
  @SuppressWarnings("unchecked")
  public <T> TableDef<T> tableOf(T entity) {
    TableDef<?> table = tablesByModel.get(entity.getClass());
    if (table == null) {
      throw new KilnException(
          entity.getClass().getName() + " is not a model this database knows. Annotate it with"
              + " @Table and compile it with Kiln's annotation processor (see the README).");
    }
    return (TableDef<T>) table;
  }

  /** The table's statements, rendered for this dialect on first use. */
  public TableStatements statements(TableDef<?> table) {
    return statements.computeIfAbsent(table, key -> new TableStatements(key, dialect));
  }

  @Override
  public void close() {
    pool.close();
  }
}
