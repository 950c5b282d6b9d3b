package dev.kiln;

import dev.kiln.dialect.Dialect;
import dev.kiln.engine.DatabaseUrl;
import dev.kiln.engine.Engine;
import dev.kiln.engine.PoolSettings;
import dev.kiln.engine.PooledConnection;
import dev.kiln.engine.SqlEcho;
import dev.kiln.error.SchemaDriftException;
import dev.kiln.migrate.CatalogReader;
import dev.kiln.migrate.Migrations;
import dev.kiln.migrate.Migrator;
import dev.kiln.migrate.SchemaLock;
import dev.kiln.migrate.SchemaVerifier;
import dev.kiln.relation.ManyToManyRelation;
import dev.kiln.relation.Relation;
import dev.kiln.schema.ModelRegistry;
import dev.kiln.schema.SchemaDdl;
import dev.kiln.schema.TableDef;
import dev.kiln.schema.TableOrder;
import dev.kiln.schema.TableSchema;
import dev.kiln.session.ScopedSession;
import dev.kiln.session.Session;
import dev.kiln.session.SessionFunction;
import dev.kiln.session.SessionWork;
import dev.kiln.session.TransactionBlock;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import javax.sql.DataSource;

/**
 * A database and the models stored in it, like Flask-SQLAlchemy's {@code db}. Thread-safe: share
 * one per application and open a {@link Session} per request or thread.
 *
 * <pre>{@code
 * try (Database db = Database.connect("sqlite:///app.db")) {
 *   db.createAll();
 *   try (Session session = db.openSession()) { ... }
 * }
 * }</pre>
 */
public final class Database implements AutoCloseable {
  private final String name;
  private final Engine engine;
  private final List<TableDef<?>> tables;

  private Database(String name, Engine engine, List<TableDef<?>> tables) {
    this.name = name;
    this.engine = engine;
    this.tables = tables;
  }

  /**
   * Connects to the database at the URL, knowing every model compiled with Kiln's annotation
   * processor on the class path (each compilation registers its models through {@link
   * ServiceLoader}; nothing is scanned).
   *
   * @param url {@code sqlite:///relative.db}, {@code sqlite:////absolute.db}, {@code sqlite://}
   *     (in memory), {@code postgresql://user:password@host:port/database}, {@code
   *     postgres://host/database}, or any {@code jdbc:sqlite:} or {@code jdbc:postgresql:} URL
   */
  public static Database connect(String url) {
    return configure(url).connect();
  }

  /** Connects to the database at the URL, knowing exactly the given tables. */
  public static Database connect(String url, Collection<? extends TableDef<?>> tables) {
    return configure(url).tables(tables).connect();
  }

  /**
   * Uses the application's DataSource, such as a HikariCP pool or an application server's, for
   * connections instead of Kiln's own pool. The dialect is read from its first connection.
   */
  public static Database connect(DataSource dataSource) {
    return configure(dataSource).connect();
  }

  /**
   * Starts configuring a connection: {@code Database.configure(url).echo(true).connect()}.
   *
   * @param url as for {@link #connect(String)}
   */
  public static Settings configure(String url) {
    return new Settings(Objects.requireNonNull(url, "url"), null);
  }

  /** Starts configuring a connection through the application's DataSource. */
  public static Settings configure(DataSource dataSource) {
    return new Settings(null, Objects.requireNonNull(dataSource, "dataSource"));
  }

  /** How to connect: the URL or DataSource, the models, the pool, and whether to echo SQL. */
  public static final class Settings {
    private final String url;
    private final DataSource dataSource;
    private Collection<? extends TableDef<?>> tables;
    private boolean echo;
    private boolean echoValues;
    private boolean transactionPooling;
    private Integer maxConnections;
    private Duration acquireTimeout = PoolSettings.DEFAULT_ACQUIRE_TIMEOUT;
    private Duration idleTimeout = PoolSettings.DEFAULT_IDLE_TIMEOUT;
    private Duration leakDetectionThreshold = Duration.ZERO;
    private Duration statementTimeout;

    private Settings(String url, DataSource dataSource) {
      this.url = url;
      this.dataSource = dataSource;
    }

    /** Knows exactly these tables, instead of every model registered on the class path. */
    public Settings tables(Collection<? extends TableDef<?>> tables) {
      this.tables = List.copyOf(tables);
      return this;
    }

    /**
     * Logs every statement at INFO through {@code System.Logger} {@code dev.kiln.sql}, like
     * {@code SQLALCHEMY_ECHO}. Without it statements are still logged, at DEBUG.
     */
    public Settings echo(boolean echo) {
      this.echo = echo;
      return this;
    }

    /** Logs each statement's bound values too. Off by default: values may be personal data. */
    public Settings echoValues(boolean echoValues) {
      this.echoValues = echoValues;
      return this;
    }

    /**
     * Makes PostgreSQL connections safe behind a pooler in transaction mode, such as PgBouncer with
     * {@code pool_mode = transaction}: no named server-side prepared statements ({@code
     * prepareThreshold=0}). Same as {@code ?transactionPooling=true} in a {@code postgresql://}
     * URL. No effect on SQLite.
     */
    public Settings transactionPooling(boolean transactionPooling) {
      this.transactionPooling = transactionPooling;
      return this;
    }

    /**
     * How many connections may be open at once (default 10); a thread that needs one more waits
     * for one to come free, in order of arrival. With a DataSource, unbounded unless set: the
     * DataSource bounds its connections itself.
     */
    public Settings maxConnections(int maxConnections) {
      this.maxConnections = maxConnections;
      return this;
    }

    /**
     * How long a thread waits for a connection when all are in use (default 30 s) before {@link
     * dev.kiln.error.PoolExhaustedException}.
     */
    public Settings acquireTimeout(Duration acquireTimeout) {
      this.acquireTimeout = Objects.requireNonNull(acquireTimeout, "acquireTimeout");
      return this;
    }

    /** How long an unused connection is kept open for reuse (default 10 minutes). */
    public Settings idleTimeout(Duration idleTimeout) {
      this.idleTimeout = Objects.requireNonNull(idleTimeout, "idleTimeout");
      return this;
    }

    /**
     * Logs a warning through {@code System.Logger} {@code dev.kiln.pool}, with the stack that took
     * it, for every connection checked out longer than this: a session or transaction left open.
     * Off (zero) by default; a few seconds suits a web application.
     */
    public Settings leakDetectionThreshold(Duration threshold) {
      this.leakDetectionThreshold = Objects.requireNonNull(threshold, "threshold");
      return this;
    }

    /**
     * Cancels any statement that runs longer than this, with {@link
     * dev.kiln.error.QueryTimeoutException}. No limit by default; a transaction block's and a
     * query's own timeouts can only shorten it.
     */
    public Settings statementTimeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("A statement timeout must be positive, not " + timeout);
      }
      this.statementTimeout = timeout;
      return this;
    }

    public Database connect() {
      List<TableDef<?>> known = TableOrder.byDependencies(List.copyOf(tables == null ? registeredTables() : tables));
      Engine.Settings engine = new Engine.Settings(new SqlEcho(echo, echoValues), statementTimeout);
      // A DataSource pools, and bounds, its connections itself: Kiln keeps none idle.
      boolean ownPool = dataSource == null;
      int bound = maxConnections != null ? maxConnections : ownPool ? PoolSettings.DEFAULT_MAX_CONNECTIONS : Integer.MAX_VALUE;
      PoolSettings pool = new PoolSettings(bound, acquireTimeout, idleTimeout, leakDetectionThreshold, ownPool);
      if (!ownPool) {
        if (transactionPooling) {
          throw new IllegalStateException(
              "transactionPooling is a URL setting; behind PgBouncer, give the DataSource's pgjdbc"
                  + " connections prepareThreshold=0 instead.");
        }
        return new Database(dataSource.toString(), Engine.connect(dataSource, pool, known, engine), known);
      }
      DatabaseUrl parsed = DatabaseUrl.parse(url);
      if (transactionPooling) {
        parsed = parsed.withTransactionPooling();
      }
      return new Database(parsed.toString(), Engine.connect(parsed, pool, known, engine), known);
    }

    /** Every model compiled with Kiln's processor on the class path, found through ServiceLoader. */
    private static List<TableDef<?>> registeredTables() {
      List<TableDef<?>> tables = new ArrayList<>();
      ClassLoader loader = Thread.currentThread().getContextClassLoader();
      for (ModelRegistry registry : ServiceLoader.load(ModelRegistry.class, loader)) {
        tables.addAll(registry.tables());
      }
      return tables;
    }
  }

  public Dialect dialect() {
    return engine.dialect();
  }

  /** The tables this database knows, in creation order. */
  public List<TableDef<?>> tables() {
    return tables;
  }

  /**
   * Opens a connection for core statements ({@code TABLE.insert()}, {@code TABLE.select()}); close
   * it (try-with-resources) to give it back.
   */
  public Connection openConnection() {
    return new Connection(engine);
  }

  /** Opens a session; close it (try-with-resources) to give its connection back. */
  public Session openSession() {
    return new Session(engine, false);
  }

  /**
   * Opens a session for handlers that only read: its reads run alone (no transaction, one round
   * trip each) and its rows are not tracked (no snapshot per row, so they cost what the core
   * layer's do; loading a row twice gives two objects, and changing one writes nothing). Adding,
   * deleting and bulk statements are refused.
   */
  public Session openReadOnlySession() {
    return new Session(engine, true);
  }

  /**
   * A session per thread, for request handlers: {@code sessions.get()} anywhere in the handling of
   * a request, {@code sessions.run(handler)} around it to close the session even when it throws.
   */
  public ScopedSession scopedSession() {
    return new ScopedSession(this::openSession);
  }

  /**
   * Runs the work in a transaction of its own, committed when it returns, rolled back if it throws,
   * and run again after a retryable failure (see {@link TransactionBlock}: the work must be safe to
   * run more than once).
   */
  public void transaction(SessionWork work) {
    transaction().run(work);
  }

  /** As {@link #transaction(SessionWork)}, returning what the work returns. */
  public <R> R transactionResult(SessionFunction<R> work) {
    return transaction().call(work);
  }

  /**
   * A transaction block to configure before running it: {@code
   * db.transaction().isolation(SERIALIZABLE).readOnly().retry(RetryPolicy.none()).call(...)}.
   */
  public TransactionBlock transaction() {
    return new TransactionBlock(engine);
  }

  /**
   * Creates every table that does not exist yet, with its constraints and indexes, in one
   * transaction. Safe to run again. Tables that refer to each other get the foreign keys between
   * them once both exist.
   */
  public void createAll() {
    List<TableSchema> schemas = schemas();
    runDdl(connection -> SchemaDdl.create(dialect(), existing(connection, schemas, false)));
  }

  /**
   * Compares the database's tables with the compiled models and throws {@link
   * SchemaDriftException}, listing every difference, if they do not match: a missing table or
   * column, a column the models do not know, another type or nullability, a different primary key,
   * a missing unique constraint, index or foreign key, a check constraint missing or unknown to the
   * models (compared by name: each database rewrites a condition its own way). Call it at start-up
   * to find drift before it costs data.
   */
  public void verifySchema() {
    List<TableSchema> expected = schemas();
    PooledConnection connection = engine.acquire();
    List<String> differences;
    try {
      differences = new SchemaVerifier(dialect()).differences(connection.connection(), expected);
    } catch (SQLException e) {
      throw connection.noteFailure(dialect().translate(e, "reading the database's catalog"));
    } finally {
      engine.release(connection);
    }
    if (!differences.isEmpty()) {
      throw new SchemaDriftException(name, differences);
    }
  }

  /**
   * Applies the migrations this database has not applied yet, in version order, each in a
   * transaction where the dialect can roll DDL back, recording each in the table {@code
   * kiln_schema_history}; returns how many it applied. Refuses, before applying anything, an
   * applied migration whose script changed since. Safe to run from several processes at once:
   * each migration is applied once.
   */
  public int migrate(Migrations migrations) {
    return new Migrator(engine).migrate(migrations);
  }

  /**
   * {@link #migrate(Migrations)} with {@link #migrations()}, the scripts Kiln's processor keeps
   * for this database's dialect ({@code -Akiln.migrations=.../src/main/resources/db/migration}).
   */
  public int migrate() {
    return migrate(migrations());
  }

  /**
   * The scripts Kiln's processor keeps for this database's dialect, those listed in {@code
   * db/migration/<dialect>/index.txt} on the class path: what {@link #migrate()} applies.
   */
  public Migrations migrations() {
    String folder = "db/migration/" + dialect().kind().name().toLowerCase(Locale.ROOT);
    return Migrations.onClasspath(folder, Thread.currentThread().getContextClassLoader());
  }

  /**
   * Adopts a database made without migrations (by {@link #createAll()}, or by hand to match the
   * models) as being at {@code version}: later {@link #migrate} runs skip the migrations up to it.
   */
  public void baseline(int version) {
    new Migrator(engine).baseline(version);
  }

  /** Drops every table that exists, in reverse creation order, in one transaction. */
  public void dropAll() {
    List<TableSchema> schemas = schemas();
    runDdl(connection -> SchemaDdl.drop(dialect(), existing(connection, schemas, true)));
  }

  /** The tables of the models, in creation order, then the association tables of their many-to-manys. */
  private List<TableSchema> schemas() {
    List<TableSchema> schemas = new ArrayList<>();
    for (TableDef<?> table : tables) {
      schemas.add(table.schema());
    }
    for (ManyToManyRelation<?, ?> association : associations()) {
      schemas.add(association.associationSchema());
    }
    return schemas;
  }

  /** Those of the tables the database has ({@code present}), or has not, in the order given. */
  private List<TableSchema> existing(java.sql.Connection connection, List<TableSchema> tables, boolean present)
      throws SQLException {
    Set<String> names = new CatalogReader(connection, dialect()).tableNames();
    return tables.stream().filter(table -> names.contains(table.name().toLowerCase(Locale.ROOT)) == present).toList();
  }

  /** The many-to-many relationships whose association tables this database creates: their owning sides. */
  private List<ManyToManyRelation<?, ?>> associations() {
    List<ManyToManyRelation<?, ?>> owning = new ArrayList<>();
    for (TableDef<?> table : tables) {
      for (Relation<?, ?> relation : table.relations()) {
        if (relation instanceof ManyToManyRelation<?, ?> association && association.owns()) {
          owning.add(association);
        }
      }
    }
    return owning;
  }

  /** How many connections are in use, idle and awaited now, and how many were at most. */
  public PoolStats poolStats() {
    return engine.poolStats();
  }

  @Override
  public void close() {
    engine.close();
  }

  @Override
  public String toString() {
    return "Database[" + name + "]";
  }

  /** The statements a DDL run executes, chosen on its connection, in its transaction. */
  @FunctionalInterface
  private interface DdlPlan {
    List<String> statements(java.sql.Connection connection) throws SQLException;
  }

  /**
   * Runs the plan in one transaction under the {@link SchemaLock}, so that threads or processes
   * creating or dropping the same tables at once take turns: each reads the catalog after the one
   * before it committed, and finds its work done.
   */
  private void runDdl(DdlPlan plan) {
    PooledConnection connection = engine.acquire();
    String sql = "BEGIN";
    boolean open = false;
    try (Statement statement = connection.connection().createStatement()) {
      try {
        dialect().begin(connection.connection(), connection::execute, null, false, true);
        open = true;
        sql = "locking the schema";
        SchemaLock.acquireInTransaction(connection.connection(), dialect());
        sql = "reading the catalog";
        for (String each : plan.statements(connection.connection())) {
          sql = each;
          engine.echo().statement(each, null);
          statement.execute(each);
        }
        sql = "COMMIT";
        dialect().commit(connection.connection(), connection::execute);
        open = false;
      } catch (SQLException | RuntimeException e) {
        if (open) {
          rollbackQuietly(connection, e);
        }
        throw e;
      } finally {
        SchemaLock.releaseAfterTransaction(connection.connection(), dialect());
      }
    } catch (SQLException e) {
      throw connection.noteFailure(dialect().translate(e, sql));
    } finally {
      engine.release(connection);
    }
  }

  private void rollbackQuietly(PooledConnection connection, Exception failure) {
    try {
      dialect().rollback(connection.connection(), connection::execute);
    } catch (SQLException rollbackFailure) {
      failure.addSuppressed(rollbackFailure);
    }
  }
}
