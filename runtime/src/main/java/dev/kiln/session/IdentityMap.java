package dev.kiln.session;

import dev.kiln.jdbc.Row;
import dev.kiln.schema.TableDef;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The rows a session holds, one {@link HeldRows} per table, each row as a
 * {@link Snapshot}: within a session each row is one object, and a flush compares each object
 * with its snapshot to find what changed.
 */
final class IdentityMap {
  private final Map<TableDef<?>, HeldRows> tables = new HashMap<>();

  /** The rows of the table this session holds, created empty on first use. */
  HeldRows rows(TableDef<?> table) {
    return tables.computeIfAbsent(table, unused -> new HeldRows());
  }

  /** The rows of the table this session holds, or null if it never held any. */
  HeldRows rowsIfAny(TableDef<?> table) {
    return tables.get(table);
  }

  /** Every table's held rows. */
  Map<TableDef<?>, HeldRows> tables() {
    return tables;
  }

  /** This session's row of the table with this key, or null. */
  <T> Snapshot<T> held(TableDef<T> table, Object key) {
    HeldRows rows = tables.get(table);
    return rows == null ? null : snapshotOf(rows.get(key));
  }

  /** Forgets every row: the next load reads the database again. */
  void clear() {
    tables.clear();
  }

  /**
   * This session's instance for the row, or a new one read from it and watched from now on, in
   * {@code held}, the rows of its table. The row is read first and its key taken from the
   * snapshot, so that each column is read once. If the session held no row of the table when the
   * query began ({@code noneHeld}), no lookup is needed: a query on one table returns each row at
   * most once.
   */
  static <T> T load(TableDef<T> table, HeldRows held, boolean noneHeld, Row row) throws SQLException {
    T entity = table.read(row);
    Snapshot<T> snapshot = new Snapshot<>(table, entity);
    if (noneHeld) {
      held.add(snapshot);
      return entity;
    }
    Snapshot<?> existing = held.addIfAbsent(snapshot);
    return existing == null ? entity : IdentityMap.<T>snapshotOf(existing).entity;
  }

  /** The table a held row is filed under, typed as the row. Safe for the same reason as below. */
  @SuppressWarnings("unchecked")
  static <T> TableDef<T> tableOf(TableDef<?> table, Snapshot<T> row) {
    return (TableDef<T>) table;
  }

  /** Safe: the session files each snapshot under its own object's table. */
  @SuppressWarnings("unchecked")
  static <T> Snapshot<T> snapshotOf(Snapshot<?> snapshot) {
    return (Snapshot<T>) snapshot;
  }
}
