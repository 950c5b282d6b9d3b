package dev.kiln.query;

import dev.kiln.dialect.Dialect;
import dev.kiln.error.NoResultException;
import dev.kiln.error.NonUniqueResultException;
import dev.kiln.jdbc.Row;
import dev.kiln.schema.TableDef;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A {@code SELECT} on one table, as a typed statement: the rows as model objects ({@code
 * UserTable.TABLE.select()}), or chosen values as typed rows ({@code select(USERNAME, AGE)} gives
 * {@code Row2<String, Integer>}), with where, group by, having, order, distinct, limit and offset.
 * Every value is bound as a parameter and every name quoted.
 *
 * <p>A select made by a query ({@code UserQuery.select(...)}) runs through that query's session:
 * call {@link #all()}, {@link #first()}, {@link #one()} or {@link #stream()}. One made from a table
 * is a plain statement: run it with {@code connection.execute(select)}.
 *
 * @param <T> the model whose table is selected from
 * @param <R> what each result row is read as
 */
public final class Select<T, R> {
  /** Reads one result row, from column 1. */
  @FunctionalInterface
  public interface Reader<R> {
    R read(Row row) throws SQLException;
  }

  /** Runs selects: a session (which flushes first) or a connection. */
  public interface Runner {
    <R> List<R> list(Select<?, R> select);

    <R> Stream<R> stream(Select<?, R> select);
  }

  private final TableDef<T> table;
  /** The joined tables, or null for the table alone. */
  private final FromClause from;
  private final List<Expression<T, ?>> selected;
  private final Reader<R> reader;
  private final Runner runner;
  /** Conditions and sort keys on any table: the model's own, and, over joined tables, theirs too. */
  private final List<Predicate<?>> where = new ArrayList<>();
  private final List<Order<?>> orders = new ArrayList<>();
  private final List<Expression<T, ?>> groupBy = new ArrayList<>();
  private final List<Predicate<T>> having = new ArrayList<>();
  private boolean distinct;
  private Integer limit;
  private Integer offset;

  private Select(TableDef<T> table, List<Expression<T, ?>> selected, Reader<R> reader, Runner runner) {
    this(table, null, selected, reader, runner);
  }

  private Select(
      TableDef<T> table, FromClause from, List<Expression<T, ?>> selected, Reader<R> reader, Runner runner) {
    this.table = table;
    this.from = from;
    this.selected = List.copyOf(selected);
    this.reader = reader;
    this.runner = runner;
  }

  /** Every column, each row read as a model object by the table's generated mapper. */
  public static <T> Select<T, T> rows(TableDef<T> table, Runner runner) {
    return new Select<>(table, List.copyOf(table.columns()), table::read, runner);
  }

  /**
   * The expressions, each row read by the reader: what generated code uses for a {@code
   * @Projection}.
   */
  public static <T, R> Select<T, R> of(
      TableDef<T> table, Runner runner, List<Expression<T, ?>> selected, Reader<R> reader) {
    return new Select<>(table, selected, reader, runner);
  }

  public static <T, A> Select<T, A> values(TableDef<T> table, Runner runner, Expression<T, A> a) {
    return new Select<>(table, List.of(a), row -> a.type().read(row, 1), runner);
  }

  public static <T, A, B> Select<T, Row2<A, B>> values(
      TableDef<T> table, Runner runner, Expression<T, A> a, Expression<T, B> b) {
    return new Select<>(
        table, List.of(a, b), row -> new Row2<>(a.type().read(row, 1), b.type().read(row, 2)), runner);
  }

  public static <T, A, B, C> Select<T, Row3<A, B, C>> values(
      TableDef<T> table, Runner runner, Expression<T, A> a, Expression<T, B> b, Expression<T, C> c) {
    return new Select<>(
        table,
        List.of(a, b, c),
        row -> new Row3<>(a.type().read(row, 1), b.type().read(row, 2), c.type().read(row, 3)),
        runner);
  }

  public static <T, A, B, C, D> Select<T, Row4<A, B, C, D>> values(
      TableDef<T> table,
      Runner runner,
      Expression<T, A> a,
      Expression<T, B> b,
      Expression<T, C> c,
      Expression<T, D> d) {
    return new Select<>(
        table,
        List.of(a, b, c, d),
        row ->
            new Row4<>(
                a.type().read(row, 1), b.type().read(row, 2), c.type().read(row, 3), d.type().read(row, 4)),
        runner);
  }

  /**
   * The values of expressions of any of the joined tables, over the tables and conditions the
   * relationships' {@code Join} gathered: what {@code join(...).select(...)} builds. A column of a
   * table not joined is refused when the statement is rendered, before anything is sent.
   */
  @SuppressWarnings("unchecked") // rendering needs no model type; columns are checked against the join
  public static <T, R> Select<T, R> joined(
      TableDef<T> root,
      FromClause from,
      Runner runner,
      List<? extends Expression<?, ?>> selected,
      Reader<R> reader,
      List<Predicate<?>> where,
      List<Order<?>> orders) {
    Select<T, R> select = new Select<>(root, from, (List<Expression<T, ?>>) (List<?>) selected, reader, runner);
    select.where.addAll(where);
    select.orders.addAll(orders);
    return select;
  }

  /**
   * This select, to be run by the runner: a copy when it already has another one, so that a select
   * built once can be run on several connections.
   */
  public Select<T, R> runOn(Runner target) {
    Select<T, R> bound = new Select<>(table, from, selected, reader, target);
    bound.copyClausesOf(this);
    return bound;
  }

  public TableDef<T> table() {
    return table;
  }

  /** Keeps the rows for which every predicate holds; calls add up with AND. */
  @SafeVarargs
  public final Select<T, R> where(Predicate<T>... predicates) {
    for (Predicate<T> predicate : predicates) {
      where.add(Objects.requireNonNull(predicate, "predicate"));
    }
    return this;
  }

  /** Sorts by the keys, in order; calls add further keys. */
  @SafeVarargs
  public final Select<T, R> orderBy(Order<T>... keys) {
    for (Order<T> key : keys) {
      orders.add(Objects.requireNonNull(key, "key"));
    }
    return this;
  }

  /** Groups rows by the expressions; the selected values are then these and aggregates. */
  @SafeVarargs
  public final Select<T, R> groupBy(Expression<T, ?>... expressions) {
    for (Expression<T, ?> expression : expressions) {
      groupBy.add(Objects.requireNonNull(expression, "expression"));
    }
    return this;
  }

  /** Keeps the groups for which every predicate holds, such as {@code SCORE.sum().gt(100)}. */
  @SafeVarargs
  public final Select<T, R> having(Predicate<T>... predicates) {
    for (Predicate<T> predicate : predicates) {
      having.add(Objects.requireNonNull(predicate, "predicate"));
    }
    return this;
  }

  /** Drops duplicate rows: {@code SELECT DISTINCT}. */
  public Select<T, R> distinct() {
    distinct = true;
    return this;
  }

  public Select<T, R> limit(int rows) {
    if (rows < 0) {
      throw new IllegalArgumentException("limit(" + rows + "): a limit cannot be negative");
    }
    limit = rows;
    return this;
  }

  public Select<T, R> offset(int rows) {
    if (rows < 0) {
      throw new IllegalArgumentException("offset(" + rows + "): an offset cannot be negative");
    }
    offset = rows;
    return this;
  }

  /**
   * The same select with each row turned into something else, such as the caller's record: {@code
   * select(USERNAME, AGE).map(row -> row.into(UserSummary::new))}.
   */
  public <S> Select<T, S> map(Function<? super R, ? extends S> mapper) {
    Select<T, S> mapped = new Select<>(table, from, selected, row -> mapper.apply(reader.read(row)), runner);
    mapped.copyClausesOf(this);
    return mapped;
  }

  /** Every result row. */
  public List<R> all() {
    return runner().list(this);
  }

  /** The first result row, if any. */
  public Optional<R> first() {
    Integer wanted = limit;
    limit = wanted == null ? 1 : Math.min(wanted, 1);
    try {
      List<R> rows = runner().list(this);
      return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
    } finally {
      limit = wanted;
    }
  }

  /**
   * The only result row.
   *
   * @throws NoResultException if there is none
   * @throws NonUniqueResultException if there are more
   */
  public R one() {
    Integer wanted = limit;
    limit = wanted == null ? 2 : Math.min(wanted, 2);
    try {
      List<R> rows = runner().list(this);
      if (rows.isEmpty()) {
        throw new NoResultException("one() found no " + table.name() + " row");
      }
      if (rows.size() > 1) {
        throw new NonUniqueResultException("one() found more than one " + table.name() + " row");
      }
      return rows.get(0);
    } finally {
      limit = wanted;
    }
  }

  /**
   * The result rows one at a time, without holding them all in memory. Close the stream (use
   * try-with-resources) to release the cursor.
   */
  public Stream<R> stream() {
    return runner().stream(this);
  }

  /** Reads the current result row. */
  public R read(Row row) throws SQLException {
    return reader.read(row);
  }

  /** Appends the whole statement. */
  public void render(SqlBuilder sql) {
    render(sql, false);
  }

  /** The whole statement, rendered for the dialect, with its parameters. */
  public SqlBuilder toSql(Dialect dialect) {
    SqlBuilder sql = new SqlBuilder(dialect);
    render(sql);
    return sql;
  }

  /**
   * Appends the statement as the subquery of an {@code IN}, its one value in the form the dialect
   * compares, as the other side of the {@code IN} is.
   */
  void renderAsSubquery(SqlBuilder sql) {
    if (selected.size() != 1) {
      throw new IllegalArgumentException(
          "in(select) needs a select of one value; this one selects " + selected.size());
    }
    render(sql, true);
  }

  private void render(SqlBuilder sql, boolean compared) {
    if (from == null) {
      renderClauses(sql, compared);
      return;
    }
    Set<TableDef<?>> outside = sql.joining(from.tables());
    try {
      renderClauses(sql, compared);
    } finally {
      sql.joining(outside);
    }
  }

  private void renderClauses(SqlBuilder sql, boolean compared) {
    sql.append(distinct ? "SELECT DISTINCT " : "SELECT ");
    for (int i = 0; i < selected.size(); i++) {
      if (i > 0) {
        sql.append(", ");
      }
      if (compared) {
        selected.get(i).render(sql);
      } else {
        selected.get(i).renderSelected(sql);
      }
    }
    sql.append(" FROM ");
    if (from != null) {
      from.render(sql);
    } else {
      sql.identifier(table.name());
    }
    renderWhere(sql);
    if (!groupBy.isEmpty()) {
      sql.append(" GROUP BY ");
      for (int i = 0; i < groupBy.size(); i++) {
        if (i > 0) {
          sql.append(", ");
        }
        groupBy.get(i).renderSelected(sql);
      }
    }
    sql.conditions(" HAVING ", having);
    renderOrder(sql, orders);
    sql.dialect().appendLimitOffset(sql, limit, offset);
  }

  /** Appends the WHERE clause alone, for statements that share this select's conditions. */
  public void renderWhere(SqlBuilder sql) {
    sql.conditions(" WHERE ", where);
  }

  /** Appends {@code ORDER BY} and the keys, if there are any. */
  public static void renderOrder(SqlBuilder sql, List<? extends Order<?>> keys) {
    for (int i = 0; i < keys.size(); i++) {
      sql.append(i == 0 ? " ORDER BY " : ", ");
      keys.get(i).render(sql);
    }
  }

  private void copyClausesOf(Select<T, ?> other) {
    where.addAll(other.where);
    orders.addAll(other.orders);
    groupBy.addAll(other.groupBy);
    having.addAll(other.having);
    distinct = other.distinct;
    limit = other.limit;
    offset = other.offset;
  }

  private Runner runner() {
    if (runner == null) {
      throw new IllegalStateException(
          "This select was made from a table, not a query: run it with connection.execute(select).");
    }
    return runner;
  }

  @Override
  public String toString() {
    return table.name() + " select";
  }
}
