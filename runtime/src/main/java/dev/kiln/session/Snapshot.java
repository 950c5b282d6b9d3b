package dev.kiln.session;

import dev.kiln.query.Column;
import dev.kiln.schema.CompositeKey;
import dev.kiln.schema.TableDef;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What a session holds for one row: the object it hands out for the row, and the row's column
 * values as the session last read or wrote them, against which a flush finds what the application
 * changed. The values are the table's boxed {@link TableDef#values}; a model whose values can never
 * change (a record) is its own snapshot, and costs nothing more than this object.
 *
 * @param <T> the model
 */
final class Snapshot<T> {
  private final TableDef<T> table;
  /** The session's instance for the row. */
  T entity;
  /** The handle {@link Session#add} gave out for the row, if any. */
  Ref<T> ref;
  /** The row the session took after this one, of the same table ({@link HeldRows}' chain). */
  Snapshot<?> next;
  /** The flush that inserted the row, whose dirty check can skip it: its values were just taken. */
  int insertedBy;
  /**
   * Set for an object staged by {@link Session#update} that the session never loaded: its row's
   * values are unknown, so every column counts as changed.
   */
  boolean unknown;
  /** Set once the session no longer holds the row: it was deleted. */
  boolean released;
  /** The values taken, or null when the table's values are final and the taken object is kept. */
  private Object[] taken;
  /** The object whose values were taken, for a table with final values. */
  private T seen;

  /** Takes the object's current values. */
  Snapshot(TableDef<T> table, T entity) {
    this.table = table;
    this.entity = entity;
    take(entity);
  }

  /**
   * Makes the object the row's instance and takes its values, which the database now holds: the
   * session wrote them, or read them back from a bulk statement.
   */
  void retake(T current) {
    entity = current;
    take(current);
    unknown = false;
  }

  /** The key the taken values hold, as {@code TableDef.key} gives it. */
  Object key() {
    if (taken == null) {
      return table.key(seen);
    }
    List<Column<T, ?>> key = table.primaryKey();
    if (key.size() == 1) {
      return taken[key.get(0).index()];
    }
    Object[] parts = new Object[key.size()];
    for (int i = 0; i < parts.length; i++) {
      parts[i] = taken[key.get(i).index()];
    }
    return CompositeKey.of(parts);
  }

  /**
   * Sets {@code changed[column]}, for every column in declaration order, to whether the object's
   * value differs from the taken one: {@code equals} for objects (so NaN equals NaN and 0.0 differs
   * from -0.0, as {@code Double.equals} has it), element by element for arrays.
   */
  void compare(T current, boolean[] changed) {
    if (taken == null && current == seen) {
      Arrays.fill(changed, false);
      return;
    }
    Object[] before = taken != null ? taken : table.values(seen);
    Object[] now = table.values(current);
    for (int i = 0; i < changed.length; i++) {
      changed[i] = !Objects.deepEquals(now[i], before[i]);
    }
  }

  private void take(T current) {
    if (table.finalValues()) {
      seen = current;
    } else {
      taken = table.values(current);
    }
  }
}
