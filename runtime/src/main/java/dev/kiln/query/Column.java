package dev.kiln.query;

import dev.kiln.schema.TableDef;
import dev.kiln.schema.ValueType;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A typed column of the model {@code T} holding values of type {@code V}. Generated tables declare
 * one constant per column ({@code UserTable.USERNAME}); predicates built from it accept only
 * values of {@code V}, so {@code USERNAME.gt(5)} does not compile.
 */
public class Column<T, V> {
  private final TableDef<T> table;
  private final int index;
  private final String name;
  private final ValueType<V> type;

  public Column(TableDef<T> table, int index, String name, ValueType<V> type) {
    this.table = table;
    this.index = index;
    this.name = name;
    this.type = type;
  }

  public final TableDef<T> table() {
    return table;
  }

  /** The column's 0-based place among its table's columns. */
  public final int index() {
    return index;
  }

  /** The column's name, unquoted. */
  public final String name() {
    return name;
  }

  public final ValueType<V> type() {
    return type;
  }

  /** Equal to the value; {@code eq(null)} means {@code IS NULL}, as in SQLAlchemy. */
  public final Predicate<T> eq(V value) {
    return value == null ? isNull() : new Comparison<>(this, " = ", value);
  }

  /** Not equal to the value; {@code ne(null)} means {@code IS NOT NULL}. */
  public final Predicate<T> ne(V value) {
    return value == null ? isNotNull() : new Comparison<>(this, " <> ", value);
  }

  public final Predicate<T> lt(V value) {
    return new Comparison<>(this, " < ", Objects.requireNonNull(value, "lt(null)"));
  }

  public final Predicate<T> le(V value) {
    return new Comparison<>(this, " <= ", Objects.requireNonNull(value, "le(null)"));
  }

  public final Predicate<T> gt(V value) {
    return new Comparison<>(this, " > ", Objects.requireNonNull(value, "gt(null)"));
  }

  public final Predicate<T> ge(V value) {
    return new Comparison<>(this, " >= ", Objects.requireNonNull(value, "ge(null)"));
  }

  public final Predicate<T> in(Collection<? extends V> values) {
    return new InList<>(this, List.copyOf(values));
  }

  @SafeVarargs
  public final Predicate<T> in(V... values) {
    return new InList<>(this, List.of(values));
  }

  public final Predicate<T> isNull() {
    return new NullTest<>(this, false);
  }

  public final Predicate<T> isNotNull() {
    return new NullTest<>(this, true);
  }

  public final Order<T> asc() {
    return new Order<>(this, false);
  }

  public final Order<T> desc() {
    return new Order<>(this, true);
  }

  @Override
  public String toString() {
    return table.name() + "." + name;
  }
}
