package dev.kiln.session;

import dev.kiln.dialect.Dialect;
import dev.kiln.engine.Engine;
import dev.kiln.schema.TableDef;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code session.nested(...)}: work inside a savepoint. If it fails, the database goes back to the
 * savepoint and so does the session: what the work staged is dropped, keys its inserts were given
 * are taken back, objects it changed get their values from the savepoint again, objects it deleted
 * are held again, and objects first loaded inside it are forgotten. The outer transaction goes on.
 */
final class NestedTransaction {
  /** A row the session held when the savepoint was set: its object then, and its values then. */
  private record Held<T>(TableDef<T> table, T entity, Snapshot<T> values, Ref<T> ref) {}

  private final Engine engine;
  private final Dialect dialect;
  private final SessionTransaction transaction;
  private final IdentityMap identityMap;
  private final UnitOfWork work;
  private final Runnable flush;
  /** Savepoints set so far, naming each uniquely within the session. */
  private int count;

  NestedTransaction(
      Engine engine, SessionTransaction transaction, IdentityMap identityMap, UnitOfWork work, Runnable flush) {
    this.engine = engine;
    this.dialect = engine.dialect();
    this.transaction = transaction;
    this.identityMap = identityMap;
    this.work = work;
    this.flush = flush;
  }

  /** Flushes, sets a savepoint, runs the work and flushes it; on failure goes back, then rethrows. */
  <R> R run(Session session, SessionFunction<R> body) {
    flush.run();
    String name = "kiln_savepoint_" + ++count;
    List<Held<?>> held = heldRows();
    int inserted = work.insertedMark();
    transaction.savepoint(name);
    R result;
    try {
      result = body.apply(session);
      flush.run();
    } catch (RuntimeException failure) {
      transaction.rollbackToSavepoint(name);
      work.rolledBackTo(inserted);
      restore(held);
      throw failure;
    }
    transaction.releaseSavepoint(name);
    return result;
  }

  /** The rows held now, each with a fresh snapshot of its values: after a flush, the database's. */
  private List<Held<?>> heldRows() {
    List<Held<?>> rows = new ArrayList<>();
    for (Map.Entry<TableDef<?>, HeldRows> table : identityMap.tables().entrySet()) {
      for (Snapshot<?> row = table.getValue().first(); row != null; row = row.next) {
        if (!row.released) {
          rows.add(held(table.getKey(), IdentityMap.snapshotOf(row)));
        }
      }
    }
    return rows;
  }

  private static <T> Held<T> held(TableDef<?> table, Snapshot<T> row) {
    TableDef<T> typed = IdentityMap.tableOf(table, row);
    return new Held<>(typed, row.entity, new Snapshot<>(typed, row.entity), row.ref);
  }

  /**
   * Puts the identity map back as it was at the savepoint. An object whose values differ from
   * those taken then (a mutable one the work changed) is refreshed from its row, which the
   * rollback has restored.
   */
  private void restore(List<Held<?>> rows) {
    identityMap.clear();
    for (Held<?> row : rows) {
      restore(row);
    }
  }

  private <T> void restore(Held<T> row) {
    boolean[] changed = new boolean[row.table().columns().size()];
    row.values().compare(row.entity(), changed);
    Snapshot<T> values = row.values();
    for (boolean column : changed) {
      if (column) {
        values = new Snapshot<>(row.table(), reread(row.table(), row.entity(), values.key()));
        break;
      }
    }
    values.ref = row.ref();
    if (row.ref() != null) {
      row.ref().stored(values.entity);
    }
    identityMap.rows(row.table()).add(values);
  }

  /** The object with its row's current values: the same object for a mutable class. */
  private <T> T reread(TableDef<T> table, T entity, Object key) {
    return transaction.run(
        SessionTransaction.Need.READ,
        engine.statements(table).selectByKey,
        () -> List.of(key),
        statement -> {
          table.bindKey(dialect.params(statement), 1, key);
          try (ResultSet resultSet = statement.executeQuery()) {
            if (!resultSet.next()) {
              throw new IllegalStateException(
                  "The " + table.name() + " row with key " + key + " is gone after rolling back to a savepoint");
            }
            return table.refresh(entity, dialect.row(resultSet));
          }
        });
  }
}
