package dev.kiln.it.types;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.Database;
import dev.kiln.query.Column;
import dev.kiln.schema.TableDef;
import dev.kiln.session.EntityQuery;
import dev.kiln.session.Session;
import dev.kiln.testing.TestDatabase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * One column of a test model, with what the per-type tests need to prove it on a real database:
 * how to make a model object holding a value in that column, and how to get the value back. Every
 * check stores one row per value and commits, then reads in a new session, so that the identity
 * map never hands back the object that was stored.
 *
 * @param column the generated column constant
 * @param query a new generated query on the model's table, run through the session
 * @param holding makes a model object holding the value in this column, and what else a valid row needs
 * @param value the column's value in a model object
 */
record ColumnValues<T, V>(
    Column<T, V> column,
    Function<Session, ? extends EntityQuery<T, ?>> query,
    Function<V, T> holding,
    Function<T, V> value) {

  /** Checks that each value is read back equal to itself. */
  void assertRoundTrips(TestDatabase db, List<V> values) {
    assertRoundTrips(db, values, values);
  }

  /** Checks that each stored value is read back as the expected value at the same place. */
  void assertRoundTrips(TestDatabase db, List<V> stored, List<V> expected) {
    List<V> loaded = storeAndReload(db, stored);
    for (int i = 0; i < expected.size(); i++) {
      assertThat(loaded.get(i))
          .as("%s stored as %s", column, describe(stored.get(i)))
          .isEqualTo(expected.get(i));
    }
  }

  /** Stores a row per value, then reads each back by its key in a new session. */
  List<V> storeAndReload(TestDatabase db, List<V> values) {
    return values(Databases.storeAndReload(db, table(), values.stream().map(holding).toList()));
  }

  /** Checks that {@code where(column.eq(value))} finds each value's row, and no other. */
  void assertEachFoundByEquality(TestDatabase db, List<V> values) {
    try (Database database = Databases.create(db.freshUrl(), table())) {
      List<Object> keys = storeInReverse(database, values);
      assertEachFound(database, values, keys);
    }
  }

  /**
   * As {@link #assertEachFoundByEquality}, and {@code orderBy}, {@code gt} and {@code lt} on the
   * column follow the values' own order.
   *
   * @param ascending distinct values, smallest first
   */
  void assertFoundAndOrdered(TestDatabase db, List<V> ascending) {
    assertFoundAndOrdered(db, ascending, ascending);
  }

  /**
   * As {@link #assertFoundAndOrdered(TestDatabase, List)}, for values that are read back as
   * different but equivalent values: the stored values are bound in the queries, the expected ones
   * are compared with what the queries return.
   */
  void assertFoundAndOrdered(TestDatabase db, List<V> ascending, List<V> expected) {
    try (Database database = Databases.create(db.freshUrl(), table())) {
      List<Object> keys = storeInReverse(database, ascending);
      assertEachFound(database, ascending, keys);
      V smallest = ascending.get(0);
      V largest = ascending.get(ascending.size() - 1);
      List<V> descending = new ArrayList<>(expected);
      Collections.reverse(descending);
      try (Session session = database.openSession()) {
        assertThat(values(query.apply(session).orderBy(column.asc()).all()))
            .as("%s ascending", column)
            .containsExactlyElementsOf(expected);
        assertThat(values(query.apply(session).where(column.gt(smallest)).orderBy(column.asc()).all()))
            .as("%s greater than %s", column, describe(smallest))
            .containsExactlyElementsOf(expected.subList(1, expected.size()));
        assertThat(values(query.apply(session).where(column.lt(largest)).orderBy(column.desc()).all()))
            .as("%s less than %s, descending", column, describe(largest))
            .containsExactlyElementsOf(descending.subList(1, descending.size()));
      }
    }
  }

  private void assertEachFound(Database database, List<V> values, List<Object> keys) {
    try (Session session = database.openSession()) {
      for (int i = 0; i < values.size(); i++) {
        List<T> found = query.apply(session).where(column.eq(values.get(i))).all();
        assertThat(found)
            .as("%s = %s", column, describe(values.get(i)))
            .extracting(table()::key)
            .containsExactly(keys.get(i));
      }
    }
  }

  /** One row per value, last value first, so that insertion order is never the values' order. */
  private List<Object> storeInReverse(Database database, List<V> values) {
    List<V> reversed = new ArrayList<>(values);
    Collections.reverse(reversed);
    List<Object> keys = new ArrayList<>(Databases.store(database, table(), reversed.stream().map(holding).toList()));
    Collections.reverse(keys);
    return keys;
  }

  private List<V> values(List<T> rows) {
    return rows.stream().map(value).toList();
  }

  private TableDef<T> table() {
    return column.table();
  }

  private static String describe(Object value) {
    String text = String.valueOf(value);
    return text.length() > 60 ? text.length() + " characters" : text;
  }
}
