package dev.kiln;

import dev.kiln.dialect.Dialect;
import dev.kiln.error.KilnException;
import dev.kiln.jdbc.Params;
import dev.kiln.jdbc.Row;
import dev.kiln.query.Select;
import dev.kiln.query.SqlBuilder;
import dev.kiln.schema.TableDef;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

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
  private record Pending<T>(TableDef<T> table, T entity, Ref<T> ref) {}

  /** An insert of this transaction, with the columns the database filled in, as a mask. */
  private record Inserted<T>(Pending<T> pending, long filled) {}

  private record Doomed(TableDef<?> table, Object key) {}

  @FunctionalInterface
  private interface StatementWork<R> {
    R run(PreparedStatement statement) throws SQLException;
  }

  @FunctionalInterface
  private interface ResultWork<R> {
    R read(ResultSet resultSet) throws SQLException;
  }

  private final Database database;
  private final Dialect dialect;
  private PooledConnection connection;
  /** The rows this session holds, each as its table's generated {@link Snapshot}. */
  private final Map<TableDef<?>, HeldRows> identityMap = new HashMap<>();
  /** Staged inserts in the order they were added, and the same indexed by object identity. */
  private final List<Pending<?>> inserts = new ArrayList<>();
  // Small at first: most sessions only read, and a default IdentityHashMap starts with 64 slots.
  private final Map<Object, Pending<?>> insertsByObject = new IdentityHashMap<>(4);
  private final List<Doomed> deletes = new ArrayList<>();
  private final List<Inserted<?>> insertedInTransaction = new ArrayList<>();
  private final Select.Runner selectRunner = new SelectRunner();
  /** How many flushes this session has run, numbering them for {@link Snapshot#insertedBy}. */
  private int flushes;
  /**
   * Whether a statement ran since the last commit or rollback: closing a session after commit()
   * then costs no ROLLBACK (which sqlite-jdbc would run, and follow with a new BEGIN).
   */
  private boolean transactionStarted;
  /** Streams not closed yet: a commit would end their cursors under them. */
  private int openStreams;
  private boolean closed;

  Session(Database database) {
    this.database = database;
    this.dialect = database.dialect();
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
    TableDef<T> table = database.tableOf(entity);
    Object key = table.key(entity);
    if (key != null) {
      Snapshot<T> held = held(table, key);
      if (held != null) {
        replace(table, held, entity);
        return refOf(held);
      }
    }
    Pending<?> staged = insertsByObject.get(entity);
    if (staged != null) {
      return pendingRef(table, staged);
    }
    Ref<T> ref = new Ref<>(entity);
    Pending<T> pending = new Pending<>(table, entity, ref);
    inserts.add(pending);
    insertsByObject.put(entity, pending);
    return ref;
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
    TableDef<T> table = database.tableOf(entity);
    Object key = table.key(entity);
    if (key == null) {
      throw new IllegalArgumentException(
          "Cannot update a " + table.modelType().getSimpleName() + " without a primary key; add() it instead.");
    }
    Snapshot<T> held = held(table, key);
    if (held != null) {
      replace(table, held, entity);
      return;
    }
    // Unknown to this session: its row's values are unknown, so every column will be written.
    Snapshot<T> unknown = table.snapshot(entity);
    unknown.unknown = true;
    heldRows(table).add(unknown);
  }

  /** Stages an object's deletion. An object added but not yet flushed is simply forgotten. */
  public <T> void delete(T entity) {
    ensureOpen();
    TableDef<T> table = database.tableOf(entity);
    Pending<?> staged = insertsByObject.remove(entity);
    if (staged != null) {
      inserts.remove(staged);
      return;
    }
    Object key = table.key(entity);
    if (key == null) {
      throw new IllegalArgumentException(
          "Cannot delete a " + table.modelType().getSimpleName() + " that was never stored: it has no key.");
    }
    deletes.add(new Doomed(table, key));
  }

  /** Stages the deletion of the row with this key, whether or not this session loaded it. */
  public void deleteByKey(TableDef<?> table, Object key) {
    ensureOpen();
    deletes.add(new Doomed(table, Objects.requireNonNull(key, "key")));
  }

  /** The object with this primary key: this session's own instance if it has one, else loaded. */
  public <T> Optional<T> get(TableDef<T> table, Object key) {
    Objects.requireNonNull(key, "key");
    flush();
    Snapshot<T> held = held(table, key);
    if (held != null) {
      return Optional.of(held.entity);
    }
    String sql = database.statements(table).selectByKey;
    return run(
        sql,
        () -> List.of(key),
        statement -> {
          table.bindKey(dialect.params(statement), 1, key);
          try (ResultSet resultSet = statement.executeQuery()) {
            if (!resultSet.next()) {
              return Optional.<T>empty();
            }
            HeldRows rows = heldRows(table);
            return Optional.of(load(table, rows, rows.isEmpty(), dialect.row(resultSet)));
          }
        });
  }

  /** Writes staged inserts, changed objects and deletions, in that order, without committing. */
  public void flush() {
    ensureOpen();
    int flush = ++flushes;
    if (!inserts.isEmpty()) {
      // Tables whose key generator must move past keys the application chose.
      Set<TableDef<?>> explicitKeys = new HashSet<>();
      for (int next = 0; next < inserts.size(); ) {
        next = insertRun(next, explicitKeys);
      }
      inserts.clear();
      insertsByObject.clear();
      for (TableDef<?> table : explicitKeys) {
        resyncKeyGenerator(table);
      }
    }
    for (Map.Entry<TableDef<?>, HeldRows> held : identityMap.entrySet()) {
      updateChanged(held.getKey(), held.getValue(), flush);
    }
    for (Doomed doomed : deletes) {
      delete(doomed);
    }
    deletes.clear();
  }

  /** Flushes and commits. On failure nothing of the transaction remains and the exception says why. */
  public void commit() {
    if (openStreams > 0) {
      throw new IllegalStateException(
          "Close the open stream (try-with-resources) before commit(): committing ends the cursor it reads.");
    }
    flush();
    if (connection != null) {
      try {
        connection.connection().commit();
        transactionStarted = false;
      } catch (SQLException e) {
        throw fail(e, "COMMIT");
      }
    }
    insertedInTransaction.clear();
  }

  /**
   * Rolls back the transaction: staged changes are discarded, keys generated in it are taken back,
   * and every object this session held is forgotten, so the next load reads the database again.
   */
  public void rollback() {
    ensureOpen();
    rollbackTransaction();
  }

  /** Rolls back anything uncommitted and gives the connection back. Closing twice is harmless. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    try {
      rollbackTransaction();
    } finally {
      closed = true;
      if (connection != null) {
        database.release(connection);
        connection = null;
      }
    }
  }

  // ---- used by EntityQuery ----------------------------------------------------------------

  /** Runs selects through this session: flushed first, results not tracked. */
  Select.Runner runner() {
    return selectRunner;
  }

  private final class SelectRunner implements Select.Runner {
    @Override
    public <R> List<R> list(Select<?, R> select) {
      return select(select.toSql(dialect), resultSet -> SelectExecution.list(resultSet, select, dialect));
    }

    @Override
    public <R> Stream<R> stream(Select<?, R> select) {
      flush();
      SqlBuilder sql = select.toSql(dialect);
      return run(
          sql.sql(),
          sql::values,
          statement -> {
            sql.bind(dialect.params(statement));
            Stream<R> rows = SelectExecution.stream(statement, sql.sql(), select, dialect, () -> openStreams--);
            openStreams++;
            return rows;
          });
    }
  }

  Database database() {
    return database;
  }

  /** The rows of a query on the table alone (no join), which returns each row at most once. */
  <T> List<T> list(TableDef<T> table, SqlBuilder sql) {
    return select(
        sql,
        resultSet -> {
          Row row = dialect.row(resultSet);
          HeldRows held = heldRows(table);
          boolean noneHeld = held.isEmpty();
          List<T> result = new ArrayList<>();
          while (resultSet.next()) {
            result.add(load(table, held, noneHeld, row));
          }
          return result;
        });
  }

  long queryLong(SqlBuilder sql) {
    return select(
        sql,
        resultSet -> {
          resultSet.next();
          return resultSet.getLong(1);
        });
  }

  /**
   * Runs a bulk UPDATE or DELETE and keeps the objects of that table this session holds in step
   * with it, like SQLAlchemy's {@code synchronize_session="fetch"}: when the session holds any, the
   * statement returns the rows it touched; an updated row's object is refreshed with the new values
   * (in place for a mutable class; a new object replaces an immutable one in the session), and a
   * deleted row's object is forgotten.
   */
  <T> int bulk(TableDef<T> table, SqlBuilder sql, boolean delete) {
    flush();
    HeldRows held = identityMap.get(table);
    if (held == null || held.isEmpty()) {
      return run(
          sql.sql(),
          sql::values,
          statement -> {
            sql.bind(dialect.params(statement));
            return statement.executeUpdate();
          });
    }
    sql.append(database.statements(table).returningAll);
    // Flushed above already: a second flush would dirty-check every held object again.
    return query(
        sql,
        resultSet -> {
          Row row = dialect.row(resultSet);
          int touched = 0;
          while (resultSet.next()) {
            touched++;
            Snapshot<T> managed = snapshotOf(held.get(table.readKey(row)));
            if (managed == null) {
              continue;
            }
            if (delete) {
              held.remove(managed.key());
            } else {
              managed.retake(table.refresh(managed.entity, row));
              // A record added in this session is read through its Ref: give it the new copy too.
              if (managed.ref != null) {
                managed.ref.stored(managed.entity);
              }
            }
          }
          return touched;
        });
  }

  // ---- internals ----------------------------------------------------------------------------

  /** Flushes, then runs the query and hands its result set to the reader. */
  private <R> R select(SqlBuilder sql, ResultWork<R> reader) {
    flush();
    return query(sql, reader);
  }

  /** Runs the query, as it is, and hands its result set to the reader. */
  private <R> R query(SqlBuilder sql, ResultWork<R> reader) {
    return run(
        sql.sql(),
        sql::values,
        statement -> {
          sql.bind(dialect.params(statement));
          try (ResultSet resultSet = statement.executeQuery()) {
            return reader.read(resultSet);
          }
        });
  }

  /**
   * Inserts the run of staged objects from {@code start} that share its table and its unset
   * database-filled columns, with multi-row INSERTs as large as the dialect allows. Each holds a
   * power of two of rows, so that a table needs only a few statement shapes: the full ones first,
   * then one of each smaller size for the remainder. Adds the table to {@code explicitKeys} if its
   * key generator must move past the keys the objects brought. Returns where the next run starts.
   */
  private <T> int insertRun(int start, Set<TableDef<?>> explicitKeys) {
    Pending<T> first = pendingAt(start);
    TableDef<T> table = first.table();
    long unset = table.unsetDatabaseFilled(first.entity());
    int end = start + 1;
    while (end < inserts.size()
        && inserts.get(end).table() == table
        && table.unsetDatabaseFilled(this.<T>pendingAt(end).entity()) == unset) {
      end++;
    }
    // Whether the database fills in the key is part of the unset mask: the run agrees on it.
    if (table.generatesKey() && table.key(first.entity()) != null) {
      explicitKeys.add(table);
    }
    TableStatements statements = database.statements(table);
    int maxRows = statements.maxInsertRows(unset);
    for (int next = start; next < end; ) {
      int rows = Math.min(maxRows, Integer.highestOneBit(end - next));
      int executions = rows == maxRows ? (end - next) / maxRows : 1;
      insert(table, next, executions, statements.insert(unset, rows), unset);
      next += rows * executions;
    }
    return end;
  }

  /**
   * Runs the INSERT {@code executions} times on one prepared statement, each time for the next
   * {@code insert.rows()} staged objects from {@code from}. The columns they leave unset that the
   * database fills in (a generated key, defaults) are left to the database and read back into
   * them.
   */
  private <T> void insert(TableDef<T> table, int from, int executions, TableStatements.Insert insert, long unset) {
    int rowsPerExecution = insert.rows();
    int to = from + rowsPerExecution * executions;
    // Recorded first, so that a failure part-way takes back the values already filled in.
    for (int i = from; i < to; i++) {
      insertedInTransaction.add(new Inserted<>(this.<T>pendingAt(i), unset));
    }
    HeldRows held = heldRows(table);
    int[] columns = insert.boundColumns();
    execute(
        insert.sql(),
        statement -> {
          Params params = dialect.params(statement);
          for (int first = from; first < to; first += rowsPerExecution) {
            int last = first + rowsPerExecution;
            int echoed = first;
            database.echo().statement(insert.sql(), () -> values(table, echoed, last, columns));
            int index = 1;
            for (int i = first; i < last; i++) {
              T entity = this.<T>pendingAt(i).entity();
              for (int column : columns) {
                table.bind(params, index++, entity, column);
              }
            }
            if (unset == 0) {
              statement.executeUpdate();
              for (int i = first; i < last; i++) {
                Pending<T> pending = pendingAt(i);
                stored(table, held, pending, pending.entity());
              }
              continue;
            }
            try (ResultSet resultSet = statement.executeQuery()) {
              Row row = dialect.row(resultSet);
              Object previousKey = null;
              for (int i = first; i < last; i++) {
                Pending<T> pending = pendingAt(i);
                if (!resultSet.next()) {
                  throw unmatchedRows(table);
                }
                if (insert.keyPosition() > 0) {
                  previousKey = checkReturnedKey(table, pending.entity(), row, insert.keyPosition(), previousKey);
                }
                stored(table, held, pending, table.withDatabaseFilled(pending.entity(), unset, row));
              }
            }
          }
          return null;
        });
  }

  /**
   * Watches an object just inserted, and hands it to its Ref. Its key is not held: add() replaces
   * a held object instead of inserting it.
   */
  private <T> void stored(TableDef<T> table, HeldRows held, Pending<T> pending, T entity) {
    Snapshot<T> snapshot = table.snapshot(entity);
    snapshot.insertedBy = flushes;
    snapshot.ref = pending.ref();
    held.add(snapshot);
    pending.ref().stored(entity);
  }

  /**
   * Checks that a row a multi-row INSERT returned belongs to the object it is about to fill: its
   * key is the object's own, or, for a generated key, greater than the previous row's, since the
   * database generates keys in ascending order as it inserts the rows in VALUES order. Returns the
   * row's key.
   */
  private static <T> Object checkReturnedKey(TableDef<T> table, T entity, Row row, int keyPosition, Object previousKey)
      throws SQLException {
    Object returned = table.primaryKey().get(0).type().read(row, keyPosition);
    Object bound = table.key(entity);
    boolean matches =
        bound != null ? bound.equals(returned) : previousKey == null || ascending(previousKey, returned);
    if (!matches) {
      throw unmatchedRows(table);
    }
    return returned;
  }

  /** Safe: generated keys are integers of one type. */
  @SuppressWarnings("unchecked")
  private static boolean ascending(Object previous, Object next) {
    return ((Comparable<Object>) previous).compareTo(next) < 0;
  }

  private static KilnException unmatchedRows(TableDef<?> table) {
    return new KilnException(
        "The rows a multi-row INSERT INTO " + table.name() + " returned do not match the rows it inserted,"
            + " so no object was given its generated values; the transaction was rolled back.");
  }

  private void resyncKeyGenerator(TableDef<?> table) {
    String sql = database.statements(table).keyGeneratorResync;
    if (sql != null) {
      run(
          sql,
          () -> List.of(dialect.quote(table.name()), table.primaryKey().get(0).name()),
          statement -> {
            Params params = dialect.params(statement);
            params.setString(1, dialect.quote(table.name()));
            params.setString(2, table.primaryKey().get(0).name());
            try (ResultSet moved = statement.executeQuery()) {
              return moved.next();
            }
          });
    }
  }

  /**
   * Writes the changed columns of each row of the table this session holds, but those the flush
   * numbered {@code flush} inserted: their values were just taken.
   */
  private <T> void updateChanged(TableDef<T> table, HeldRows held, int flush) {
    TableStatements statements = database.statements(table);
    boolean[] changed = null;
    for (Snapshot<?> taken = held.first(); taken != null; taken = taken.next) {
      Snapshot<T> row = snapshotOf(taken);
      if (row.released || row.insertedBy == flush) {
        continue;
      }
      if (changed == null) {
        changed = new boolean[table.columns().size()];
      }
      updateIfChanged(table, statements, row, changed);
    }
  }

  /** Writes the row's changed columns, if any; {@code changed} is scratch space, one per column. */
  private <T> void updateIfChanged(
      TableDef<T> table, TableStatements statements, Snapshot<T> row, boolean[] changed) {
    T entity = row.entity;
    row.compare(entity, changed);
    boolean any = false;
    for (int column = 0; column < changed.length; column++) {
      if (statements.isKey(column)) {
        if (changed[column]) {
          throw new KilnException(
              "The primary key of a stored " + table.modelType().getSimpleName() + " changed from "
                  + row.key() + " to " + table.key(entity)
                  + "; a key cannot change. Delete the row and add a new one instead.");
        }
      } else {
        changed[column] |= row.unknown;
        any |= changed[column];
      }
    }
    if (!any) {
      return;
    }
    String sql = statements.update(changed);
    Object key = row.key();
    int updated =
        run(
            sql,
            () -> changedValues(table, entity, changed, key),
            statement -> {
              Params params = dialect.params(statement);
              int index = 1;
              for (int column = 0; column < changed.length; column++) {
                if (changed[column]) {
                  table.bind(params, index++, entity, column);
                }
              }
              table.bindKey(params, index, key);
              return statement.executeUpdate();
            });
    if (updated == 0) {
      rollbackTransaction();
      throw new KilnException(
          "No " + table.name() + " row has key " + key + " any more, so its changes were not saved;"
              + " the transaction was rolled back.");
    }
    row.retake(entity);
  }

  private void delete(Doomed doomed) {
    TableDef<?> table = doomed.table();
    run(
        database.statements(table).deleteByKey,
        () -> List.of(doomed.key()),
        statement -> {
          table.bindKey(dialect.params(statement), 1, doomed.key());
          return statement.executeUpdate();
        });
    HeldRows rows = identityMap.get(table);
    if (rows != null) {
      rows.remove(doomed.key());
    }
  }

  /**
   * This session's instance for the row, or a new one read from it and watched from now on, in
   * {@code held}, the rows of its table. The row is read first and its key taken from the
   * snapshot, so that each column is read once. If the session held no row of the table when the
   * query began ({@code noneHeld}), no lookup is needed: a query on one table returns each row at
   * most once.
   */
  private <T> T load(TableDef<T> table, HeldRows held, boolean noneHeld, Row row) throws SQLException {
    T entity = table.read(row);
    Snapshot<T> snapshot = table.snapshot(entity);
    if (noneHeld) {
      held.add(snapshot);
      return entity;
    }
    Snapshot<?> existing = held.addIfAbsent(snapshot);
    return existing == null ? entity : Session.<T>snapshotOf(existing).entity;
  }

  /** Makes the object the session's instance for a row it holds, undoing any staged deletion of it. */
  private <T> void replace(TableDef<T> table, Snapshot<T> held, T entity) {
    held.entity = entity;
    Object key = held.key();
    deletes.removeIf(doomed -> doomed.table() == table && doomed.key().equals(key));
  }

  /** The rows of the table this session holds. */
  private HeldRows heldRows(TableDef<?> table) {
    return identityMap.computeIfAbsent(table, unused -> new HeldRows());
  }

  /** This session's row of the table with this key, or null. */
  private <T> Snapshot<T> held(TableDef<T> table, Object key) {
    HeldRows rows = identityMap.get(table);
    return rows == null ? null : snapshotOf(rows.get(key));
  }

  /** Safe: the session files each snapshot under its own object's table. */
  @SuppressWarnings("unchecked")
  private static <T> Snapshot<T> snapshotOf(Snapshot<?> snapshot) {
    return (Snapshot<T>) snapshot;
  }

  /** The staged insert at {@code index}; the caller reads its table and ties the type to it. */
  @SuppressWarnings("unchecked")
  private <T> Pending<T> pendingAt(int index) {
    return (Pending<T>) inserts.get(index);
  }

  /** Safe: a pending insert's table and ref were made for the same object's class. */
  @SuppressWarnings("unchecked")
  private static <T> Ref<T> pendingRef(TableDef<T> table, Pending<?> pending) {
    return (Ref<T>) pending.ref();
  }

  private static <T> Ref<T> refOf(Snapshot<T> held) {
    if (held.ref == null) {
      held.ref = new Ref<>(held.entity);
    }
    held.ref.stored(held.entity);
    return held.ref;
  }

  /** Runs one statement, echoed with its bound values (computed only if they are logged). */
  private <R> R run(String sql, Supplier<List<?>> values, StatementWork<R> work) {
    database.echo().statement(sql, values);
    return execute(sql, work);
  }

  /**
   * Runs the work on this session's prepared statement for the SQL, which echoes what it runs;
   * any failure rolls everything back.
   */
  private <R> R execute(String sql, StatementWork<R> work) {
    try {
      PreparedStatement statement = connection().prepare(sql);
      transactionStarted = true;
      return work.run(statement);
    } catch (SQLException e) {
      throw fail(e, sql);
    } catch (RuntimeException e) {
      // A user's converter, say, failed while binding: the transaction is as broken as after SQL.
      try {
        rollbackTransaction();
      } catch (RuntimeException rollbackFailure) {
        e.addSuppressed(rollbackFailure);
      }
      throw e;
    }
  }

  /** The values an INSERT of the staged objects from {@code from} to {@code to} binds, for the echo. */
  private <T> List<?> values(TableDef<T> table, int from, int to, int[] columns) {
    List<Object> values = new ArrayList<>((to - from) * columns.length);
    for (int i = from; i < to; i++) {
      T entity = this.<T>pendingAt(i).entity();
      for (int column : columns) {
        values.add(table.value(entity, column));
      }
    }
    return values;
  }

  /**
   * The values an UPDATE by key binds, changed columns then the key, for the echo, which computes
   * them at once (so {@code changed}, scratch space reused for the next row, is still this row's).
   */
  private static <T> List<?> changedValues(TableDef<T> table, T entity, boolean[] changed, Object key) {
    List<Object> values = new ArrayList<>();
    for (int column = 0; column < changed.length; column++) {
      if (changed[column]) {
        values.add(table.value(entity, column));
      }
    }
    values.add(key);
    return values;
  }

  private KilnException fail(SQLException cause, String sql) {
    KilnException translated = dialect.translate(cause, sql);
    try {
      rollbackTransaction();
    } catch (RuntimeException rollbackFailure) {
      translated.addSuppressed(rollbackFailure);
    }
    return translated;
  }

  private void rollbackTransaction() {
    try {
      if (connection != null && transactionStarted) {
        connection.connection().rollback();
      }
    } catch (SQLException e) {
      // The connection is unusable; drop it so the next statement gets a fresh one.
      connection.close();
      connection = null;
      throw dialect.translate(e, "ROLLBACK");
    } finally {
      transactionStarted = false;
      for (Inserted<?> inserted : insertedInTransaction) {
        takeBack(inserted);
      }
      insertedInTransaction.clear();
      inserts.clear();
      insertsByObject.clear();
      deletes.clear();
      identityMap.clear();
    }
  }

  private static <T> void takeBack(Inserted<T> inserted) {
    Pending<T> pending = inserted.pending();
    if (inserted.filled() != 0) {
      pending.table().clearDatabaseFilled(pending.entity(), inserted.filled());
    }
    pending.ref().forget();
  }

  private PooledConnection connection() {
    if (connection == null) {
      connection = database.acquire();
    }
    return connection;
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("This session is closed; open a new one with database.openSession().");
    }
  }
}
