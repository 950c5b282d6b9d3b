package dev.kiln.session;

import java.util.HashMap;
import java.util.Map;

/**
 * The rows of one table a session holds, in the order it took them. They are chained through
 * {@link Snapshot#next} rather than kept in a list, so that holding a row costs nothing beyond its
 * snapshot: no list to grow and copy while a query's rows arrive. The index by key is built on
 * the first lookup, not while rows arrive: a query on one table returns each row at most once, so
 * the rows a query loads into a session that holds none of that table need no lookup, and a
 * session that only reads a list never builds the index.
 */
final class HeldRows {
  private Snapshot<?> first;
  private Snapshot<?> last;
  /** Rows in the chain, released ones included. */
  private int chained;
  /** Released rows still in the chain, unlinked once they are many. */
  private int released;
  /** The held rows by key; null until a lookup needs it. */
  private Map<Object, Snapshot<?>> byKey;

  boolean isEmpty() {
    return chained == released;
  }

  /** The held row with this key, or null. */
  Snapshot<?> get(Object key) {
    return index().get(key);
  }

  /** Holds a row whose key the caller knows is not held. */
  void add(Snapshot<?> row) {
    chain(row);
    if (byKey != null) {
      byKey.put(row.key(), row);
    }
  }

  /** Holds the row unless one with its key is held already; returns that one, or null. */
  Snapshot<?> addIfAbsent(Snapshot<?> row) {
    Snapshot<?> held = index().putIfAbsent(row.key(), row);
    if (held == null) {
      chain(row);
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
    if (++released > chained / 2) {
      unlinkReleased();
    }
  }

  /**
   * The first held row, in the order they were taken; {@link Snapshot#next} leads to the rest.
   * Released rows may still be in the chain, marked so.
   */
  Snapshot<?> first() {
    return first;
  }

  private void chain(Snapshot<?> row) {
    if (last == null) {
      first = row;
    } else {
      last.next = row;
    }
    last = row;
    chained++;
  }

  private void unlinkReleased() {
    Snapshot<?> kept = null;
    for (Snapshot<?> row = first; row != null; row = row.next) {
      if (row.released) {
        continue;
      }
      if (kept == null) {
        first = row;
      } else {
        kept.next = row;
      }
      kept = row;
    }
    if (kept == null) {
      first = null;
    } else {
      kept.next = null;
    }
    last = kept;
    chained -= released;
    released = 0;
  }

  private Map<Object, Snapshot<?>> index() {
    if (byKey == null) {
      byKey = new HashMap<>(Math.max(16, chained * 2));
      for (Snapshot<?> row = first; row != null; row = row.next) {
        if (!row.released) {
          byKey.put(row.key(), row);
        }
      }
    }
    return byKey;
  }
}
