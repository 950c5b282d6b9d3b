package dev.kiln.engine;

import dev.kiln.PoolStats;
import dev.kiln.dialect.Dialect;
import dev.kiln.error.KilnException;
import dev.kiln.relation.ManyToManyRelation;
import dev.kiln.schema.TableDef;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * What every session and connection of one {@code Database} shares: its dialect, its connections,
 * its models and their rendered statements, and the SQL echo. Thread-safe.
 */
public final class Engine implements AutoCloseable {
  private final Dialect dialect;
  private final ConnectionPool pool;
  private final SqlEcho echo;
  private final Map<Class<?>, TableDef<?>> tablesByModel = new HashMap<>();
  private final Map<ManyToManyRelation<?, ?>, AssociationStatements> associations = new ConcurrentHashMap<>();
  /** Each table's place in creation order: a table comes after those its references lead to. */
  private final Map<TableDef<?>, Integer> creationRanks = new HashMap<>();
  private final Map<TableDef<?>, TableStatements> statements = new ConcurrentHashMap<>();
  /** First come, first served among this Database's writers, where the database has one write lock. */
  private final WriterQueue writers;

  /** The longest any statement may run, or null for no limit. */
  private final Duration statementTimeout;

  private Engine(Dialect dialect, ConnectionPool pool, List<TableDef<?>> tables, Settings settings) {
    this.dialect = dialect;
    this.pool = pool;
    this.echo = settings.echo();
    this.statementTimeout = settings.statementTimeout();
    for (TableDef<?> table : tables) {
      creationRanks.put(table, creationRanks.size());
      TableDef<?> clash = tablesByModel.put(table.modelType(), table);
      if (clash != null && clash != table) {
        pool.close();
        throw new IllegalArgumentException(
            table.modelType().getName() + " is registered twice, as " + clash + " and " + table);
      }
    }
    this.writers = dialect.locksWhenTransactionBegins() ? new WriterQueue() : null;
  }

  /**
   * What applies to every statement of an engine.
   *
   * @param statementTimeout the longest any statement may run, or null for no limit
   */
  public record Settings(SqlEcho echo, Duration statementTimeout) {}

  /** An engine with a pool of its own over connections to the URL. */
  public static Engine connect(DatabaseUrl url, PoolSettings pool, List<TableDef<?>> tables, Settings settings) {
    ConnectionPool.Opener opener = () -> {
      java.sql.Connection connection = DriverManager.getConnection(url.jdbcUrl(), url.properties());
      try {
        url.dialect().prepareConnection(connection);
        return connection;
      } catch (SQLException e) {
        connection.close();
        throw e;
      }
    };
    ConnectionPool connections = new ConnectionPool(url.toString(), opener, pool, url.inMemory());
    return new Engine(url.dialect(), connections, tables, settings);
  }

  /**
   * An engine over the application's DataSource, which pools: Kiln keeps no idle connection of
   * its own (it would sit checked out of the DataSource's pool), and bounds nothing unless asked.
   */
  public static Engine connect(DataSource dataSource, PoolSettings pool, List<TableDef<?>> tables, Settings settings) {
    Dialect dialect = DataSourceOpener.dialectOf(dataSource);
    ConnectionPool connections =
        new ConnectionPool(dataSource.toString(), new DataSourceOpener(dataSource, dialect), pool, false);
    return new Engine(dialect, connections, tables, settings);
  }

  public Dialect dialect() {
    return dialect;
  }

  public SqlEcho echo() {
    return echo;
  }

  /** The longest any statement may run, or null for no limit. */
  public Duration statementTimeout() {
    return statementTimeout;
  }

  public PooledConnection acquire() {
    return pool.acquire();
  }

  /** Takes back a connection whose transaction has ended. */
  public void release(PooledConnection connection) {
    pool.release(connection);
  }

  public PoolStats poolStats() {
    return pool.stats();
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

  /**
   * The table's place in creation order, which is also the order to insert in; deleting goes the
   * other way.
   */
  public int creationRank(TableDef<?> table) {
    return creationRanks.getOrDefault(table, 0);
  }

  /** The statements of one side of a many-to-many relationship, rendered on first use. */
  public AssociationStatements statements(ManyToManyRelation<?, ?> relation) {
    return associations.computeIfAbsent(relation, key -> new AssociationStatements(key, dialect));
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
