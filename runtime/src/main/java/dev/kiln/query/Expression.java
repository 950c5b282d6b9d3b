package dev.kiln.query;

import dev.kiln.schema.ValueType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A typed SQL value over rows of the model {@code T}: a column, a bound parameter, arithmetic on
 * them. Comparisons accept only values or expressions of the same type {@code V}, so {@code
 * USERNAME.gt(5)} and {@code USERNAME.eq(AGE)} do not compile.
 *
 * @param <T> the model whose rows the expression is evaluated on
 * @param <V> the Java type of its value
 */
public abstract class Expression<T, V> {
  private final ValueType<V> type;

  protected Expression(ValueType<V> type) {
    this.type = Objects.requireNonNull(type, "type");
  }

  /** How values of this expression are bound and read. */
  public final ValueType<V> type() {
    return type;
  }

  /** Appends the expression where its value is compared or sorted, in the dialect's comparable form. */
  public abstract void render(SqlBuilder sql);

  /**
   * Appends the expression where its value is selected or grouped by: as stored, so that it reads
   * back exactly. Only a column differs from {@link #render}.
   */
  public void renderSelected(SqlBuilder sql) {
    render(sql);
  }

  /** Equal to the value; {@code eq(null)} means {@code IS NULL}, as in SQLAlchemy. */
  public final Predicate<T> eq(V value) {
    return value == null ? isNull() : compare(" = ", value);
  }

  public final Predicate<T> eq(Expression<T, V> other) {
    return new Comparison<>(this, " = ", other);
  }

  /** Not equal to the value; {@code ne(null)} means {@code IS NOT NULL}. */
  public final Predicate<T> ne(V value) {
    return value == null ? isNotNull() : compare(" <> ", value);
  }

  public final Predicate<T> ne(Expression<T, V> other) {
    return new Comparison<>(this, " <> ", other);
  }

  public final Predicate<T> lt(V value) {
    return compare(" < ", Objects.requireNonNull(value, "lt(null)"));
  }

  public final Predicate<T> lt(Expression<T, V> other) {
    return new Comparison<>(this, " < ", other);
  }

  public final Predicate<T> le(V value) {
    return compare(" <= ", Objects.requireNonNull(value, "le(null)"));
  }

  public final Predicate<T> le(Expression<T, V> other) {
    return new Comparison<>(this, " <= ", other);
  }

  public final Predicate<T> gt(V value) {
    return compare(" > ", Objects.requireNonNull(value, "gt(null)"));
  }

  public final Predicate<T> gt(Expression<T, V> other) {
    return new Comparison<>(this, " > ", other);
  }

  public final Predicate<T> ge(V value) {
    return compare(" >= ", Objects.requireNonNull(value, "ge(null)"));
  }

  public final Predicate<T> ge(Expression<T, V> other) {
    return new Comparison<>(this, " >= ", other);
  }

  /** Between the two values, both included: SQL {@code BETWEEN}. */
  public final Predicate<T> between(V low, V high) {
    return new Between<>(
        this, parameter(Objects.requireNonNull(low, "between(null, ...)")),
        parameter(Objects.requireNonNull(high, "between(..., null)")));
  }

  /** One of the values; an empty collection matches nothing, as in SQLAlchemy. */
  public final Predicate<T> in(Collection<? extends V> values) {
    return new InList<>(this, List.copyOf(values), false);
  }

  @SafeVarargs
  public final Predicate<T> in(V... values) {
    List<V> list = new ArrayList<>(values.length);
    for (V value : values) {
      list.add(value);
    }
    return new InList<>(this, list, false);
  }

  /** None of the values; an empty collection matches every row. */
  public final Predicate<T> notIn(Collection<? extends V> values) {
    return new InList<>(this, List.copyOf(values), true);
  }

  @SafeVarargs
  public final Predicate<T> notIn(V... values) {
    List<V> list = new ArrayList<>(values.length);
    for (V value : values) {
      list.add(value);
    }
    return new InList<>(this, list, true);
  }

  /**
   * In the values a one-column select returns, from this or another table: {@code
   * USER_ID.in(UserTable.TABLE.select(UserTable.ID).where(UserTable.ACTIVE.eq(true)))}.
   */
  public final Predicate<T> in(Select<?, V> subquery) {
    return new InSubquery<>(this, subquery, false);
  }

  /** In none of the values a one-column select returns; a null among them makes SQL match nothing. */
  public final Predicate<T> notIn(Select<?, V> subquery) {
    return new InSubquery<>(this, subquery, true);
  }

  public final Predicate<T> isNull() {
    return new NullTest<>(this, false);
  }

  public final Predicate<T> isNotNull() {
    return new NullTest<>(this, true);
  }

  /** Ascending, with the dialect's default place for nulls unless {@link Order#nullsFirst()} or {@link Order#nullsLast()}. */
  public final Order<T> asc() {
    return new Order<>(this, false, Order.Nulls.DEFAULT);
  }

  public final Order<T> desc() {
    return new Order<>(this, true, Order.Nulls.DEFAULT);
  }

  /** {@code COUNT(x)}: how many rows have a value here that is not null. */
  public final Aggregate<T, Long> count() {
    return new Aggregate<>("COUNT", this, false, ValueType.LONG);
  }

  /** {@code COUNT(DISTINCT x)}: how many different values, nulls aside. */
  public final Aggregate<T, Long> countDistinct() {
    return new Aggregate<>("COUNT", this, true, ValueType.LONG);
  }

  /** {@code MIN(x)}, in the order the expression compares by. */
  public final Aggregate<T, V> min() {
    return new Aggregate<>("MIN", this, false, type);
  }

  /** {@code MAX(x)}. */
  public final Aggregate<T, V> max() {
    return new Aggregate<>("MAX", this, false, type);
  }

  /** A value bound as a parameter, compared as this expression is. */
  final Expression<T, V> parameter(V value) {
    return new Parameter<>(type, value, true);
  }

  /** A value bound as a parameter in the form it is stored, to be assigned to a column. */
  final Expression<T, V> storedValue(V value) {
    return new Parameter<>(type, value, false);
  }

  private Predicate<T> compare(String operator, V value) {
    return new Comparison<>(this, operator, parameter(value));
  }
}
