package dev.kiln.session;

import dev.kiln.dialect.Dialect;
import dev.kiln.engine.Engine;
import dev.kiln.engine.TableStatements;
import dev.kiln.error.KilnException;
import dev.kiln.error.StaleObjectException;
import dev.kiln.jdbc.Params;
import dev.kiln.jdbc.Row;
import dev.kiln.relation.Holders;
import dev.kiln.schema.TableDef;
import dev.kiln.session.UnitOfWork.Doomed;
import dev.kiln.session.UnitOfWork.Pending;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes what a session staged, in a fixed order: inserts (in the order they were added, runs of
 * like objects through one multi-row statement), then the changed columns of every held object,
 * then deletions. Objects just inserted are watched from then on.
 */
final class FlushPlan {
  private final Engine engine;
  private final Dialect dialect;
  private final UnitOfWork work;
  private final IdentityMap identityMap;
  private final SessionTransaction transaction;
  private final Cascade cascade;
  private final InsertOrder insertOrder;
  /** Made on first use: only many-to-many collections add links. */
  private LinkWriter links;
  /** How many flushes this session has run, numbering them for {@link Snapshot#insertedBy}. */
  private int flushes;

  FlushPlan(Engine engine, UnitOfWork work, IdentityMap identityMap, SessionTransaction transaction, Cascade cascade) {
    this.cascade = cascade;
    this.insertOrder = new InsertOrder(engine, work, identityMap);
    this.engine = engine;
    this.dialect = engine.dialect();
    this.work = work;
    this.identityMap = identityMap;
    this.transaction = transaction;
  }

  /** Writes staged inserts, changed objects and deletions, in that order, without committing. */
  void flush() {
    int flush = ++flushes;
    boolean relations = cascade.stage();
    insertOrder.reset();
    if (relations && work.insertCount() > 1) {
      insertOrder.sort();
    }
    if (work.hasInserts()) {
      // Tables whose key generator must move past keys the application chose.
      Set<TableDef<?>> explicitKeys = new HashSet<>();
      try {
        for (int next = 0; next < work.insertCount(); ) {
          next = insertRun(next, explicitKeys);
          if (relations) {
            cascade.pointAtStoredCopies();
          }
        }
      } finally {
        if (relations) {
          insertOrder.resumeDeferred();
        }
      }
      for (TableDef<?> table : explicitKeys) {
        resyncKeyGenerator(table);
      }
    }
    // Keyed before the staged inserts are forgotten: a record's stored copy carries its key.
    List<LinkWriter.Link> linkChanges = relations ? cascade.links() : List.of();
    work.clearInserts();
    for (Map.Entry<TableDef<?>, HeldRows> held : identityMap.tables().entrySet()) {
      updateChanged(held.getKey(), held.getValue(), flush);
    }
    if (!linkChanges.isEmpty()) {
      if (links == null) {
        links = new LinkWriter(engine, transaction);
      }
      links.write(linkChanges);
    }
    if (relations) {
      // Rows that refer to others go first, so that no foreign key is left dangling.
      work.deletes().sort(Comparator.comparingInt(doomed -> -engine.creationRank(doomed.table())));
    }
    for (Doomed doomed : work.deletes()) {
      delete(doomed);
    }
    work.clearDeletes();
  }

  /**
   * Inserts the run of staged objects from {@code start} that share its table and its unset
   * database-filled columns, with multi-row INSERTs as large as the dialect allows. Each holds a
   * power of two of rows, so that a table needs only a few statement shapes: the full ones first,
   * then one of each smaller size for the remainder. Adds the table to {@code explicitKeys} if its
   * key generator must move past the keys the objects brought. Returns where the next run starts.
   */
  private <T> int insertRun(int start, Set<TableDef<?>> explicitKeys) {
    Pending<T> first = work.insertAt(start);
    TableDef<T> table = first.table();
    long unset = table.unsetDatabaseFilled(first.entity());
    int end = start + 1;
    while (end < work.insertCount()
        && work.insertAt(end).table() == table
        && table.unsetDatabaseFilled(work.<T>insertAt(end).entity()) == unset
        && insertOrder.sameDepth(first.entity(), work.insertAt(end).entity())) {
      end++;
    }
    // Whether the database fills in the key is part of the unset mask: the run agrees on it.
    if (table.generatesKey() && table.key(first.entity()) != null) {
      explicitKeys.add(table);
    }
    TableStatements statements = engine.statements(table);
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
      work.inserted(work.insertAt(i), unset);
    }
    HeldRows held = identityMap.rows(table);
    int[] columns = insert.boundColumns();
    transaction.execute(
        SessionTransaction.Need.WRITE,
        insert.sql(),
        statement -> {
          Params params = dialect.params(statement);
          // Nothing comes back: one batch runs every execution (SQLite's executeBatch steps the
          // statement without a JDBC call per row; pgjdbc pipelines them in one round trip).
          boolean batch = unset == 0 && executions > 1;
          for (int first = from; first < to; first += rowsPerExecution) {
            int last = first + rowsPerExecution;
            int echoed = first;
            engine.echo().statement(insert.sql(), () -> EchoedValues.inserted(table, work, echoed, last, columns));
            int index = 1;
            for (int i = first; i < last; i++) {
              T entity = work.<T>insertAt(i).entity();
              for (int column : columns) {
                table.bind(params, index++, entity, column);
              }
            }
            if (batch) {
              statement.addBatch();
              continue;
            }
            if (unset == 0) {
              statement.executeUpdate();
              storedAsStaged(table, held, first, last);
              continue;
            }
            try (ResultSet resultSet = statement.executeQuery()) {
              Row row = dialect.row(resultSet);
              Object previousKey = null;
              for (int i = first; i < last; i++) {
                Pending<T> pending = work.insertAt(i);
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
          if (batch) {
            statement.executeBatch();
            storedAsStaged(table, held, from, to);
          }
          return null;
        });
  }

  /** Watches the staged objects from {@code first} to {@code last}, inserted with nothing read back. */
  private <T> void storedAsStaged(TableDef<T> table, HeldRows held, int first, int last) {
    for (int i = first; i < last; i++) {
      Pending<T> pending = work.insertAt(i);
      stored(table, held, pending, pending.entity());
    }
  }

  /**
   * Watches an object just inserted, and hands it to its Ref. Its key is not held: add() replaces
   * a held object instead of inserting it.
   */
  private <T> void stored(TableDef<T> table, HeldRows held, Pending<T> pending, T entity) {
    Holders.linkCopy(table, pending.entity(), entity);
    Snapshot<T> snapshot = new Snapshot<>(table, entity);
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
    String sql = engine.statements(table).keyGeneratorResync;
    if (sql != null) {
      transaction.run(
          SessionTransaction.Need.WRITE,
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
    TableStatements statements = engine.statements(table);
    boolean[] changed = null;
    for (Snapshot<?> taken = held.first(); taken != null; taken = taken.next) {
      Snapshot<T> row = IdentityMap.snapshotOf(taken);
      if (row.released || row.insertedBy == flush) {
        continue;
      }
      if (changed == null) {
        changed = new boolean[table.columns().size()];
      }
      updateIfChanged(table, statements, row, changed);
    }
  }

  /**
   * Writes the row's changed columns, if any; {@code changed} is scratch space, one per column. A
   * versioned row also gets its next version, checked against the one it was read with.
   */
  private <T> void updateIfChanged(
      TableDef<T> table, TableStatements statements, Snapshot<T> row, boolean[] changed) {
    T entity = row.entity;
    row.compare(entity, changed);
    int version = statements.versionColumn;
    if (version >= 0 && changed[version] && !row.unknown) {
      throw new KilnException(
          "The @Version of a stored " + table.modelType().getSimpleName() + " " + row.key()
              + " was changed by the application; Kiln counts versions itself. Leave the field alone.");
    }
    boolean any = false;
    for (int column = 0; column < changed.length; column++) {
      if (statements.isKey(column)) {
        if (changed[column]) {
          throw new KilnException(
              "The primary key of a stored " + table.modelType().getSimpleName() + " changed from "
                  + row.key() + " to " + table.key(entity)
                  + "; a key cannot change. Delete the row and add a new one instead.");
        }
      } else if (column != version) {
        changed[column] |= row.unknown;
        any |= changed[column];
      }
    }
    if (!any) {
      return;
    }
    Object key = row.key();
    long readVersion = version >= 0 ? ((Number) table.value(entity, version)).longValue() : 0;
    T written = entity;
    if (version >= 0) {
      changed[version] = true;
      written = table.withVersion(entity, readVersion + 1);
    }
    String sql = statements.update(changed);
    T bound = written;
    int updated =
        transaction.run(
            SessionTransaction.Need.WRITE,
            sql,
            () -> EchoedValues.updated(table, bound, changed, key, version, readVersion),
            statement -> {
              Params params = dialect.params(statement);
              int index = 1;
              for (int column = 0; column < changed.length; column++) {
                if (changed[column]) {
                  table.bind(params, index++, bound, column);
                }
              }
              table.bindKey(params, index, key);
              if (version >= 0) {
                index += table.primaryKey().size();
                params.setLong(index, readVersion);
              }
              return statement.executeUpdate();
            });
    if (updated == 0) {
      if (version >= 0) {
        // The object keeps the version it was read with: the transaction that was to write the next is gone.
        table.withVersion(written, readVersion);
        throw transaction.fail(new StaleObjectException(table.modelType(), key, readVersion, sql));
      }
      throw transaction.fail(new KilnException(
          "No " + table.name() + " row has key " + key + " any more, so its changes were not saved;"
              + " the transaction was rolled back."));
    }
    Holders.linkCopy(table, entity, written);
    row.retake(written);
    if (row.ref != null) {
      row.ref.stored(written);
    }
  }

  private void delete(Doomed doomed) {
    TableDef<?> table = doomed.table();
    TableStatements statements = engine.statements(table);
    Long version = doomed.version();
    String sql = version == null ? statements.deleteByKey : statements.deleteByKeyAndVersion;
    int deleted =
        transaction.run(
            SessionTransaction.Need.WRITE,
            sql,
            () -> version == null ? List.of(doomed.key()) : List.of(doomed.key(), version),
            statement -> {
              Params params = dialect.params(statement);
              table.bindKey(params, 1, doomed.key());
              if (version != null) {
                params.setLong(1 + table.primaryKey().size(), version);
              }
              return statement.executeUpdate();
            });
    if (deleted == 0 && version != null) {
      throw transaction.fail(new StaleObjectException(table.modelType(), doomed.key(), version, sql));
    }
    HeldRows rows = identityMap.rowsIfAny(table);
    if (rows != null) {
      rows.remove(doomed.key());
    }
  }
}
