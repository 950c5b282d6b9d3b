package dev.kiln;

import dev.kiln.dialect.Dialect;
import dev.kiln.engine.DatabaseUrl;
import dev.kiln.engine.Engine;
import dev.kiln.engine.PooledConnection;
import dev.kiln.engine.SqlEcho;
import dev.kiln.schema.ModelRegistry;
import dev.kiln.schema.TableDef;
import dev.kiln.session.ScopedSession;
import dev.kiln.session.Session;
import dev.kiln.session.SessionFunction;
import dev.kiln.session.SessionWork;
import dev.kiln.session.TransactionBlock;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Function;

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
  private final DatabaseUrl url;
  private final Engine engine;
  private final List<TableDef<?>> tables;

  private Database(DatabaseUrl url, Collection<? extends TableDef<?>> tables, SqlEcho echo) {
    this.url = url;
    this.tables = List.copyOf(tables);
    this.engine = new Engine(url, this.tables, echo);
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
   * Starts configuring a connection: {@code Database.configure(url).echo(true).connect()}.
   *
   * @param url as for {@link #connect(String)}
   */
  public static Settings configure(String url) {
    return new Settings(url);
  }

  /** How to connect: the URL, the models, and whether to echo SQL. */
  public static final class Settings {
    private final String url;
    private Collection<? extends TableDef<?>> tables;
    private boolean echo;
    private boolean echoValues;
    private boolean transactionPooling;

    private Settings(String url) {
      this.url = url;
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

    public Database connect() {
      DatabaseUrl parsed = DatabaseUrl.parse(url);
      return new Database(transactionPooling ? parsed.withTransactionPooling() : parsed, tables == null ? registeredTables() : tables, new SqlEcho(echo, echoValues));
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
   * transaction. Safe to run again.
   */
  public void createAll() {
    runDdl(tables, table -> table.createSql(dialect()));
  }

  /** Drops every table that exists, in reverse creation order, in one transaction. */
  public void dropAll() {
    List<TableDef<?>> reversed = new ArrayList<>(tables);
    Collections.reverse(reversed);
    runDdl(reversed, table -> List.of(table.dropSql(dialect())));
  }

  @Override
  public void close() {
    engine.close();
  }

  @Override
  public String toString() {
    return "Database[" + url + "]";
  }

  private void runDdl(List<TableDef<?>> order, Function<TableDef<?>, List<String>> ddl) {
    PooledConnection connection = engine.acquire();
    String sql = "BEGIN";
    boolean begun = false;
    try (Statement statement = connection.connection().createStatement()) {
      dialect().begin(connection.connection(), connection::execute, null, false, true);
      begun = true;
      for (TableDef<?> table : order) {
        for (String each : ddl.apply(table)) {
          sql = each;
          engine.echo().statement(sql, null);
          statement.execute(sql);
        }
      }
      sql = "COMMIT";
      dialect().commit(connection.connection(), connection::execute);
    } catch (SQLException e) {
      if (begun) {
        rollbackQuietly(connection, e);
      }
      throw dialect().translate(e, sql);
    } finally {
      engine.release(connection);
    }
  }

  private void rollbackQuietly(PooledConnection connection, SQLException failure) {
    try {
      dialect().rollback(connection.connection(), connection::execute);
    } catch (SQLException rollbackFailure) {
      failure.addSuppressed(rollbackFailure);
    }
  }
}
