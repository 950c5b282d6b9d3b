package dev.kiln.relation;

import dev.kiln.query.Expression;
import dev.kiln.query.FromClause;
import dev.kiln.query.Order;
import dev.kiln.query.Predicate;
import dev.kiln.query.Row2;
import dev.kiln.query.Row3;
import dev.kiln.query.Row4;
import dev.kiln.query.Select;
import dev.kiln.query.SqlBuilder;
import dev.kiln.schema.TableDef;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Tables joined along relationships, for selecting values of several of them: {@code
 * BookTable.TABLE.join(BookTable.AUTHOR).where(AuthorTable.NAME.eq("Herbert")).select(BookTable.TITLE,
 * AuthorTable.NAME)} gives {@code Row2<String, String>} rows from {@code "book" JOIN "author" ON
 * "author"."id" = "book"."author_id"}. A many-to-many joins its association table too.
 *
 * <p>Conditions and sort keys may name any joined table's columns; a column of a table not joined
 * is refused with a clear error when the statement is rendered, before anything is sent, as Java's
 * types cannot say which tables a join holds. Each table may be joined once: a model's relationship
 * to itself is not joinable here (filter with {@code has}/{@code any} instead). To filter one
 * model's rows by related rows, each row once, use {@code has}/{@code any}; a join returns a row per
 * combination.
 *
 * @param <T> the model the join starts from
 */
public final class Join<T> implements FromClause {
  /** One relationship followed, inner or left. */
  private record Step(Relation<?, ?> relation, boolean left) {}

  private final TableDef<T> root;
  private final Select.Runner runner;
  private final List<Step> steps = new ArrayList<>();
  private final Set<TableDef<?>> tables = new LinkedHashSet<>();
  private final List<Predicate<?>> where = new ArrayList<>();
  private final List<Order<?>> orders = new ArrayList<>();

  /**
   * A join starting at {@code root}, run by {@code runner} (a session's, or null for a statement
   * run on a connection).
   */
  public Join(TableDef<T> root, Select.Runner runner) {
    this.root = root;
    this.runner = runner;
    tables.add(root);
  }

  /** Follows a relationship of a table joined already, keeping only rows that have a match. */
  public Join<T> join(Relation<?, ?> relation) {
    return follow(relation, false);
  }

  /** Follows a relationship as {@link #join}, keeping rows without a match, with nulls for its columns. */
  public Join<T> leftJoin(Relation<?, ?> relation) {
    return follow(relation, true);
  }

  private Join<T> follow(Relation<?, ?> relation, boolean left) {
    if (!tables.contains(relation.table())) {
      throw new IllegalArgumentException(
          relation + " starts at " + relation.table() + ", which this join does not hold: join it first");
    }
    if (tables.contains(relation.target())) {
      throw new IllegalArgumentException(
          relation + " leads to " + relation.target() + ", which this join holds already; a table can be joined"
              + " once (filter through the relationship with has(...) or any(...) instead)");
    }
    tables.add(relation.target());
    steps.add(new Step(relation, left));
    return this;
  }

  /** Keeps the combinations for which every predicate, on any joined table, holds. */
  public Join<T> where(Predicate<?>... predicates) {
    for (Predicate<?> predicate : predicates) {
      where.add(Objects.requireNonNull(predicate, "predicate"));
    }
    return this;
  }

  /** Sorts by keys of any joined table, in order. */
  public Join<T> orderBy(Order<?>... keys) {
    for (Order<?> key : keys) {
      orders.add(Objects.requireNonNull(key, "key"));
    }
    return this;
  }

  public <A> Select<T, A> select(Expression<?, A> a) {
    return Select.joined(root, this, runner, List.of(a), row -> a.type().read(row, 1), where, orders);
  }

  public <A, B> Select<T, Row2<A, B>> select(Expression<?, A> a, Expression<?, B> b) {
    return Select.joined(
        root, this, runner, List.of(a, b), row -> new Row2<>(a.type().read(row, 1), b.type().read(row, 2)), where, orders);
  }

  public <A, B, C> Select<T, Row3<A, B, C>> select(Expression<?, A> a, Expression<?, B> b, Expression<?, C> c) {
    return Select.joined(
        root, this, runner, List.of(a, b, c),
        row -> new Row3<>(a.type().read(row, 1), b.type().read(row, 2), c.type().read(row, 3)), where, orders);
  }

  public <A, B, C, D> Select<T, Row4<A, B, C, D>> select(
      Expression<?, A> a, Expression<?, B> b, Expression<?, C> c, Expression<?, D> d) {
    return Select.joined(
        root, this, runner, List.of(a, b, c, d),
        row -> new Row4<>(a.type().read(row, 1), b.type().read(row, 2), c.type().read(row, 3), d.type().read(row, 4)),
        where, orders);
  }

  @Override
  public void render(SqlBuilder sql) {
    sql.identifier(root.name());
    for (Step step : steps) {
      step.relation().renderJoin(sql, step.left() ? " LEFT JOIN " : " JOIN ");
    }
  }

  @Override
  public Set<TableDef<?>> tables() {
    return tables;
  }

  @Override
  public String toString() {
    return "join of " + tables;
  }
}
