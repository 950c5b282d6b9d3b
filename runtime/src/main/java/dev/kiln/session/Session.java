package dev.kiln.session;

import dev.kiln.engine.Engine;
import dev.kiln.query.Lock;
import dev.kiln.query.Select;
import dev.kiln.query.SqlBuilder;
import dev.kiln.schema.TableDef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A unit of work on one connection, like SQLAlchemy's session: {@link #add} and {@link #delete}
 * stage changes, {@link #commit} writes them all in one transaction, and objects loaded through the
 * session are watched, so changing one and committing updates its changed columns.
 *
 * <p>Within a session each row is one object: loading the same key twice returns the same
 * instance. Queries flush staged changes first, so they see them. If any statement fails, the whole
 * transaction is rolled back, staged changes are discarded, generated keys handed out in it are
 * taken back, and the session can be used again. Not thread-safe: use one session per thread or
 * request, and close it (try-with-resources) to give its connection back.
 */
public final class Session implements AutoCloseable {
  private final Engine engine;
  private final IdentityMap identityMap = new IdentityMap();
  private final UnitOfWork work = new UnitOfWork();
  private final SessionTransaction transaction;
  private final Cascade cascade;
  private final FlushPlan flushPlan;
  private final Loader loader;
  private final NestedTransaction nested;
  private boolean closed;

  /** Use {@code Database.openSession()} or {@code Database.openReadOnlySession()}. */
  public Session(Engine engine, boolean readOnly) {
    this(engine, readOnly ? TransactionOptions.READ_ONLY_SESSION : TransactionOptions.SESSION);
  }

  Session(Engine engine, TransactionOptions options) {
    this.engine = engine;
    this.transaction = new SessionTransaction(engine, options, this::discard);
    this.cascade = new Cascade(engine, work, identityMap, this);
    this.flushPlan = new FlushPlan(engine, work, identityMap, transaction, cascade);
    this.loader = new Loader(engine, identityMap, transaction, this::flush, !options.readOnly(), () -> !closed);
    this.nested = new NestedTransaction(engine, transaction, identityMap, work, this::flush);
  }

  /**
   * Stages an object. One without a key (or with a key this session does not hold) is inserted on
   * commit; one whose key this session already holds replaces the held object, and its changed
   * columns are updated: that is how a changed copy of a record is saved.
   *
   * @return a handle whose {@link Ref#get()} returns the stored object, with its generated key,
   *     after commit
   */
  public <T> Ref<T> add(T entity) {
    ensureOpen();
    Objects.requireNonNull(entity, "entity");
    TableDef<T> table = engine.tableOf(entity);
    Object key = table.key(entity);
    if (key != null) {
      Snapshot<T> held = identityMap.held(table, key);
      if (held != null) {
        replace(table, held, entity);
        return refOf(held);
      }
    }
    Ref<T> staged = work.stagedRef(entity);
    return staged != null ? staged : work.stageInsert(table, entity);
  }

  /** Stages every object, as {@link #add} does; the handles come back in the same order. */
  public <T> List<Ref<T>> addAll(Collection<? extends T> entities) {
    List<Ref<T>> refs = new ArrayList<>(entities.size());
    for (T entity : entities) {
      refs.add(add(entity));
    }
    return refs;
  }

  /**
   * Stages an object so that its columns are written on commit even though this session did not
   * load it: a full UPDATE by key, or, if this session holds that key, a replacement as in {@link
   * #add}.
   */
  public <T> void update(T entity) {
    ensureOpen();
    TableDef<T> table = engine.tableOf(entity);
    Object key = table.key(entity);
    if (key == null) {
      throw new IllegalArgumentException(
          "Cannot update a " + table.modelType().getSimpleName() + " without a primary key; add() it instead.");
    }
    Snapshot<T> held = identityMap.held(table, key);
    if (held != null) {
      replace(table, held, entity);
      return;
    }
    // Unknown to this session: its row's values are unknown, so every column will be written.
    Snapshot<T> unknown = new Snapshot<>(table, entity);
    unknown.unknown = true;
    identityMap.rows(table).add(unknown);
  }

  /**
   * Stages an object's deletion. An object added but not yet flushed is simply forgotten. A
   * versioned object's row is deleted only if it still has the object's version; otherwise the
   * commit fails with {@code StaleObjectException}. The elements of its collections that delete
   * their orphans ({@code @OneToMany(deleteOrphans = true)}) are deleted with it, before it (SQLAlchemy's
   * {@code cascade="all, delete-orphan"}); such a collection not loaded yet loads now, with those of
   * every object the same query returned.
   */
  public <T> void delete(T entity) {
    ensureOpen();
    TableDef<T> table = engine.tableOf(entity);
    if (work.unstageInsert(entity)) {
      return;
    }
    Object key = table.key(entity);
    if (key == null) {
      throw new IllegalArgumentException(
          "Cannot delete a " + table.modelType().getSimpleName() + " that was never stored: it has no key.");
    }
    if (!work.claimDelete(table, key)) {
      return; // staged already, or being staged by a cascade that led back to it
    }
    int version = engine.statements(table).versionColumn;
    Long expected = version < 0 ? null : ((Number) table.value(entity, version)).longValue();
    cascade.deleteOwned(table, entity);
    // After what it owns: rows of one table (a tree) are deleted in staging order, children first.
    work.stageClaimedDelete(table, key, expected);
  }

  /**
   * Stages the deletion of the row with this key, whether or not this session loaded it; a
   * {@code @Version} is not checked, since no version was read.
   */
  public void deleteByKey(TableDef<?> table, Object key) {
    ensureOpen();
    work.stageDelete(table, Objects.requireNonNull(key, "key"), null);
  }

  /** The object with this primary key: this session's own instance if it has one, else loaded. */
  public <T> Optional<T> get(TableDef<T> table, Object key) {
    Objects.requireNonNull(key, "key");
    return loader.get(table, key);
  }

  /**
   * The object with this primary key, its row locked ({@code SELECT ... FOR UPDATE}) until the
   * transaction ends; the transaction begins here if it has not. An object the session holds is
   * refreshed with the locked row's values. On SQLite the lock is the database's write lock, taken
   * by {@code BEGIN IMMEDIATE}.
   */
  public <T> Optional<T> get(TableDef<T> table, Object key, Lock lock) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(lock, "lock");
    return loader.getLocked(table, key, lock);
  }

  /**
   * Whether relationships not loaded with their query load on first use (the default, a query
   * result at a time), or raise instead, so that every load is written in a query's {@code
   * load(...)}: for code that must never send a statement it did not ask for.
   */
  public void lazyLoading(boolean allowed) {
    ensureOpen();
    loader.relations().lazyLoading(allowed);
  }

  /** Writes staged inserts, changed objects and deletions, in that order, without committing. */
  public void flush() {
    ensureOpen();
    flushPlan.flush();
  }

  /** Flushes and commits. On failure nothing of the transaction remains and the exception says why. */
  public void commit() {
    if (loader.hasOpenStreams()) {
      throw new IllegalStateException(
          "Close the open stream (try-with-resources) before commit(): committing ends the cursor it reads.");
    }
    flush();
    transaction.commit();
    work.committed();
    cascade.committed();
  }

  /**
   * Runs the work inside a savepoint (SQL's {@code SAVEPOINT}, SQLAlchemy's {@code begin_nested}):
   * staged changes are flushed first, then the work runs and its changes are flushed. If it throws,
   * the database and this session go back to the savepoint, and the exception is rethrown: what
   * the work staged is dropped, keys its inserts were given are taken back, objects it changed or
   * deleted are as they were before it, and objects it loaded first are forgotten. The outer
   * transaction goes on and can still commit. Begins the transaction if it has not begun.
   */
  public void nested(SessionWork work) {
    nestedResult(
        session -> {
          work.run(session);
          return null;
        });
  }

  /** As {@link #nested(SessionWork)}, returning what the work returns. */
  public <R> R nestedResult(SessionFunction<R> work) {
    ensureOpen();
    return nested.run(this, Objects.requireNonNull(work, "work"));
  }

  /**
   * Rolls back the transaction: staged changes are discarded, keys generated in it are taken back,
   * and every object this session held is forgotten (expired: the next load reads the database
   * again, into new objects). After a failed statement, which rolled the transaction back already,
   * this is what lets the session be used again.
   */
  public void rollback() {
    if (closed) {
      throw new IllegalStateException("This session is closed; open a new one with database.openSession().");
    }
    transaction.rollback();
  }

  /** Rolls back anything uncommitted and gives the connection back. Closing twice is harmless. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    try {
      transaction.rollback();
    } finally {
      closed = true;
      transaction.release();
    }
  }

  // ---- used by EntityQuery ----------------------------------------------------------------

  Engine engine() {
    return engine;
  }

  /** Runs selects through this session: flushed first, results not tracked. */
  Select.Runner runner() {
    return loader;
  }

  <T> List<T> list(TableDef<T> table, SqlBuilder sql, boolean locked) {
    return locked ? loader.listLocked(table, sql) : loader.list(table, sql);
  }

  /** Loads the plan's relationships for rows this session just read. */
  void load(LoadPlan plan, List<?> rows) {
    loader.relations().loadWithQuery(plan, rows);
  }

  long queryLong(SqlBuilder sql) {
    return loader.queryLong(sql);
  }

  <T> int bulk(TableDef<T> table, SqlBuilder sql, boolean delete) {
    return loader.bulk(table, sql, delete);
  }

  // ---- internals ----------------------------------------------------------------------------

  /** Makes the object the session's instance for a row it holds, undoing any staged deletion of it. */
  private <T> void replace(TableDef<T> table, Snapshot<T> held, T entity) {
    held.entity = entity;
    work.unstageDelete(table, held.key());
  }

  private static <T> Ref<T> refOf(Snapshot<T> held) {
    if (held.ref == null) {
      held.ref = new Ref<>(held.entity);
    }
    held.ref.stored(held.entity);
    return held.ref;
  }

  /** After a rollback: nothing staged or held survives, and inserted objects lose their keys. */
  private void discard() {
    work.rolledBack();
    identityMap.clear();
  }

  /** Throws unless the session is open and no failure awaits {@link #rollback}. */
  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("This session is closed; open a new one with database.openSession().");
    }
    transaction.requireNoPendingRollback();
  }
}
