package dev.kiln;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of one table a session holds, in the order it took them. The index by key is built on
 * the first lookup, not while rows arrive: a query on one table returns each row at most once, so
 * the rows a query loads into a session that holds none of that table need no lookup, and a
 * session that only reads a list never builds the index.
 */
final class HeldRows {
  private final List<Snapshot<?>> rows = new ArrayList<>();
  /** The held rows by key; null until a lookup needs it. */
  private Map<Object, Snapshot<?>> byKey;
  /** Released rows still in {@link #rows}, dropped from it once they are many. */
  private int released;

  boolean isEmpty() {
    return rows.size() == released;
  }

  /** The held row with this key, or null. */
  Snapshot<?> get(Object key) {
    return index().get(key);
  }

  /** Holds a row whose key the caller knows is not held. */
  void add(Snapshot<?> row) {
    rows.add(row);
    if (byKey != null) {
      byKey.put(row.key(), row);
    }
  }

  /** Holds the row unless one with its key is held already; returns that one, or null. */
  Snapshot<?> addIfAbsent(Snapshot<?> row) {
    Snapshot<?> held = index().putIfAbsent(row.key(), row);
    if (held == null) {
      rows.add(row);
    }
    return held;
  }

  /** Stops holding the row with this key, if one is held. */
  void remove(Object key) {
    Snapshot<?> row = index().remove(key);
    if (row == null) {
      return;
    }
    row.released = true;
    if (++released > rows.size() / 2) {
      rows.removeIf(held -> held.released);
      released = 0;
    }
  }

  /** The held rows, in the order they were taken; released ones are marked so. */
  List<Snapshot<?>> rows() {
    return rows;
  }

  private Map<Object, Snapshot<?>> index() {
    if (byKey == null) {
      byKey = new HashMap<>(Math.max(16, rows.size() * 2));
      for (Snapshot<?> row : rows) {
        if (!row.released) {
          byKey.put(row.key(), row);
        }
      }
    }
    return byKey;
  }
}
