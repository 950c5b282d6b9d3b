package dev.kiln.session;

import dev.kiln.schema.TableDef;
import java.util.ArrayList;
import java.util.List;

/** The values a flush's statements bind, listed for the SQL echo, which asks for them only when it logs them. */
final class EchoedValues {
  private EchoedValues() {}

  /** The values an INSERT of the staged objects from {@code from} to {@code to} binds, for the echo. */
  static <T> List<?> inserted(TableDef<T> table, UnitOfWork work, int from, int to, int[] columns) {
    List<Object> values = new ArrayList<>((to - from) * columns.length);
    for (int i = from; i < to; i++) {
      Object[] all = table.values(work.<T>insertAt(i).entity());
      for (int column : columns) {
        values.add(all[column]);
      }
    }
    return values;
  }

  /**
   * The values an UPDATE by key binds, changed columns, the key, and the version read, for the
   * echo, which computes them at once (so {@code changed}, scratch space reused for the next row, is
   * still this row's).
   */
  static <T> List<?> updated(
      TableDef<T> table, T entity, boolean[] changed, Object key, int version, long readVersion) {
    List<Object> values = new ArrayList<>();
    Object[] all = table.values(entity);
    for (int column = 0; column < changed.length; column++) {
      if (changed[column]) {
        values.add(all[column]);
      }
    }
    values.add(key);
    if (version >= 0) {
      values.add(readVersion);
    }
    return values;
  }
}
