package dev.kiln.session;

import dev.kiln.Page;
import dev.kiln.engine.TableStatements;
import dev.kiln.error.NoResultException;
import dev.kiln.error.NonUniqueResultException;
import dev.kiln.error.PageOutOfRangeException;
import dev.kiln.query.Assignment;
import dev.kiln.query.Expression;
import dev.kiln.query.Lock;
import dev.kiln.query.Order;
import dev.kiln.query.Predicate;
import dev.kiln.query.Row2;
import dev.kiln.query.Row3;
import dev.kiln.query.Row4;
import dev.kiln.query.Select;
import dev.kiln.query.SqlBuilder;
import dev.kiln.relation.Join;
import dev.kiln.relation.Relation;
import dev.kiln.schema.TableDef;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A query on one model's table, run through a session: SQLAlchemy's {@code Model.query}. Generated
 * subclasses ({@code UserQuery}) add one {@code filterByX} method per column. A query is a builder:
 * each call narrows it and returns it; build a new one for each use.
 *
 * @param <T> the model
 * @param <Q> the generated query type, so that every call returns it
 */
public abstract class EntityQuery<T, Q extends EntityQuery<T, Q>> {
  private final Session session;
  private final TableDef<T> table;
  private final List<Predicate<T>> conditions = new ArrayList<>();
  private final List<Order<T>> orders = new ArrayList<>();
  private Integer limit;
  private Integer offset;
  private boolean distinct;
  private Lock lock;
  private Duration timeout;
  private final LoadPlan loads = new LoadPlan();

  protected EntityQuery(Session session, TableDef<T> table) {
    this.session = session;
    this.table = table;
  }

  /** This query, as its generated type: {@code Q} is, by the contract of this class, its own class. */
  @SuppressWarnings("unchecked")
  private Q self() {
    return (Q) this;
  }

  /** Keeps the rows for which every predicate holds; calls add up with AND. */
  @SafeVarargs
  public final Q where(Predicate<T>... predicates) {
    for (Predicate<T> predicate : predicates) {
      conditions.add(predicate);
    }
    return self();
  }

  /** Sorts by the keys, in order; calls add further keys. */
  @SafeVarargs
  public final Q orderBy(Order<T>... keys) {
    for (Order<T> key : keys) {
      orders.add(key);
    }
    return self();
  }

  /** Returns at most this many rows. */
  public final Q limit(int rows) {
    if (rows < 0) {
      throw new IllegalArgumentException("limit(" + rows + "): a limit cannot be negative");
    }
    this.limit = rows;
    return self();
  }

  /** Skips this many rows first. */
  public final Q offset(int rows) {
    if (rows < 0) {
      throw new IllegalArgumentException("offset(" + rows + "): an offset cannot be negative");
    }
    this.offset = rows;
    return self();
  }

  /** Drops duplicate rows: SQL {@code SELECT DISTINCT}. */
  public final Q distinct() {
    this.distinct = true;
    return self();
  }

  /**
   * Locks the rows this query returns until the transaction ends ({@code SELECT ... FOR UPDATE}),
   * so that no other transaction changes them in between: read, change, commit, and no update is
   * lost. The transaction begins with this query if it has not, and objects the session holds are
   * refreshed with the locked rows' values. Another transaction holding one of the rows makes this
   * one wait. On SQLite, which has no row locks, the transaction begins with {@code BEGIN
   * IMMEDIATE} instead: the database's one write lock, which other writers wait for.
   */
  public final Q forUpdate() {
    return lock(Lock.FOR_UPDATE);
  }

  /**
   * Locks as {@link #forUpdate()}, but fails at once with a {@code LockNotAvailableException}
   * instead of waiting for a row another transaction holds ({@code FOR UPDATE NOWAIT}).
   * PostgreSQL only: SQLite's one lock cannot be taken without waiting out its busy timeout.
   */
  public final Q noWait() {
    return lock(Lock.FOR_UPDATE_NOWAIT);
  }

  /**
   * Locks as {@link #forUpdate()}, leaving out rows another transaction holds ({@code FOR UPDATE
   * SKIP LOCKED}): workers taking jobs from a table each get different rows. PostgreSQL only.
   */
  public final Q skipLocked() {
    return lock(Lock.FOR_UPDATE_SKIP_LOCKED);
  }

  /**
   * Cancels the query's statement if it runs longer than this, failing with {@link
   * dev.kiln.error.QueryTimeoutException} (which rolls back the session's transaction, as any
   * failed statement does). A stream's limit covers running the query, not reading its rows.
   */
  public final Q timeout(Duration limit) {
    if (limit.isNegative() || limit.isZero()) {
      throw new IllegalArgumentException("A query timeout must be positive, not " + limit);
    }
    this.timeout = limit;
    return self();
  }

  private Q lock(Lock mode) {
    // Refused here, not when the query runs, so the mistake points at the call that made it.
    SqlBuilder probe = new SqlBuilder(session.engine().dialect());
    probe.dialect().appendLock(probe, mode);
    this.lock = mode;
    return self();
  }

  /**
   * One page of the matching rows, like Flask-SQLAlchemy's {@code paginate(page=, per_page=)}: a
   * page number past the last page (or below 1) is a {@link PageOutOfRangeException}. The primary
   * key is added as the last sort key (the only one without an {@code orderBy}), so pages never
   * overlap or skip rows.
   *
   * @param page the page number, from 1
   */
  public final Page<T> paginate(int page, int perPage) {
    return paginate(page, perPage, Page.OutOfRange.ERROR);
  }

  /** {@link #paginate(int, int)}, returning an empty page for a page number out of range if asked. */
  public final Page<T> paginate(int page, int perPage, Page.OutOfRange outOfRange) {
    if (perPage < 1) {
      throw new IllegalArgumentException("paginate(" + page + ", " + perPage + "): perPage must be at least 1");
    }
    requireNoSlicing("paginate()");
    long total = countMatching();
    Page<T> empty = new Page<>(List.of(), total, page, perPage);
    if (page < 1 || (page > empty.pages() && page != 1)) {
      if (outOfRange == Page.OutOfRange.EMPTY) {
        return empty;
      }
      throw new PageOutOfRangeException(page, empty.pages());
    }
    List<Order<T>> order = BulkStatements.tieBrokenByKey(orders, table);
    // A page past Integer.MAX_VALUE rows would have been refused above: total is a row count.
    int skipped = (int) Math.min((long) (page - 1) * perPage, Integer.MAX_VALUE);
    List<T> items = rows(select(order, perPage, skipped));
    return new Page<>(items, total, page, perPage);
  }

  /**
   * The matching rows' values of one expression, SQLAlchemy's {@code with_entities}: {@code
   * select(USERNAME).all()}, or an aggregate such as {@code select(SCORE.sum())}. The select keeps
   * this query's conditions, order, distinct, limit and offset, and runs through its session
   * (which flushes first); the values are not tracked.
   */
  public final <A> Select<T, A> select(Expression<T, A> a) {
    return withClauses(Select.values(table, session.runner(), a));
  }

  /** Typed rows of two values: {@code select(TEAM, SCORE.sum()).groupBy(TEAM).all()}. */
  public final <A, B> Select<T, Row2<A, B>> select(Expression<T, A> a, Expression<T, B> b) {
    return withClauses(Select.values(table, session.runner(), a, b));
  }

  public final <A, B, C> Select<T, Row3<A, B, C>> select(
      Expression<T, A> a, Expression<T, B> b, Expression<T, C> c) {
    return withClauses(Select.values(table, session.runner(), a, b, c));
  }

  public final <A, B, C, D> Select<T, Row4<A, B, C, D>> select(
      Expression<T, A> a, Expression<T, B> b, Expression<T, C> c, Expression<T, D> d) {
    return withClauses(Select.values(table, session.runner(), a, b, c, d));
  }

  /**
   * The matching rows read as a projection: the generated {@code select<Projection>()} methods call
   * this with the projection's columns and reader.
   */
  protected final <R> Select<T, R> project(List<Expression<T, ?>> columns, Select.Reader<R> reader) {
    return withClauses(Select.of(table, session.runner(), columns, reader));
  }

  /**
   * The matching rows one at a time, without holding them all in memory: for exports and batch
   * jobs. Streamed objects are not tracked by the session (changing one saves nothing), so that a
   * million rows do not fill it. Close the stream (try-with-resources): the session refuses to
   * commit while one is open, since committing would end its cursor.
   */
  public final Stream<T> stream() {
    requireNoLock("stream()");
    return withClauses(Select.rows(table, session.runner())).stream();
  }

  /**
   * The matching rows joined along a relationship, for selecting values of both tables through the
   * session: {@code books.query().where(...).join(BookTable.AUTHOR).select(BookTable.TITLE,
   * AuthorTable.NAME)}. The query's conditions apply; rows without a match are left out.
   */
  public final Join<T> join(Relation<T, ?> relation) {
    Join<T> join = new Join<>(table, session.runner());
    for (Predicate<T> condition : conditions) {
      join.where(condition);
    }
    return join.join(relation);
  }

  /**
   * Loads a relationship of the rows with them: one more statement for all of them ({@code WHERE
   * key IN (...)}), rather than on first use. Walking it later sends nothing.
   */
  public final Q load(Relation<T, ?> relation) {
    loads.add(relation);
    return self();
  }

  /** Loads a relationship of the rows and one of the objects it leads to: one statement per level. */
  public final <U> Q load(Relation<T, U> relation, Relation<U, ?> then) {
    loads.add(relation, then);
    return self();
  }

  /** Loads three levels of relationships, as above: {@code authors -> books -> chapters -> ...}. */
  public final <U, V> Q load(Relation<T, U> relation, Relation<U, V> then, Relation<V, ?> last) {
    loads.add(relation, then, last);
    return self();
  }

  /** Every matching row. */
  public final List<T> all() {
    return rows(select(orders, limit, offset));
  }

  /** The first matching row, if any. */
  public final Optional<T> first() {
    List<T> rows = rows(select(orders, 1, offset));
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  /**
   * The only matching row.
   *
   * @throws NoResultException if no row matches
   * @throws NonUniqueResultException if more than one does
   */
  public final T one() {
    List<T> rows = rows(select(orders, limit == null ? 2 : Math.min(limit, 2), offset));
    if (rows.isEmpty()) {
      throw new NoResultException("one() found no " + table.name() + " row");
    }
    if (rows.size() > 1) {
      throw new NonUniqueResultException("one() found more than one " + table.name() + " row");
    }
    return rows.get(0);
  }

  /** How many rows match, limit and offset included. */
  public final long count() {
    requireNoLock("count()");
    return countMatching();
  }

  private long countMatching() {
    SqlBuilder sql = newSql();
    if (limit == null && offset == null && !distinct) {
      sql.append("SELECT COUNT(*) FROM ").identifier(table.name());
      appendWhere(sql);
    } else {
      sql.append("SELECT COUNT(*) FROM (");
      if (distinct) {
        sql.append(session.engine().statements(table).selectDistinctAll);
      } else {
        sql.append("SELECT 1 FROM ").identifier(table.name());
      }
      appendWhere(sql);
      sql.dialect().appendLimitOffset(sql, limit, offset);
      sql.append(") AS counted");
    }
    return session.queryLong(sql);
  }

  /** Whether any row matches. */
  public final boolean exists() {
    requireNoLock("exists()");
    SqlBuilder sql = newSql();
    sql.append("SELECT CASE WHEN EXISTS (SELECT 1 FROM ").identifier(table.name());
    appendWhere(sql);
    sql.dialect().appendLimitOffset(sql, limit, offset);
    sql.append(") THEN 1 ELSE 0 END");
    return session.queryLong(sql) == 1;
  }

  /**
   * Updates every matching row in one statement, like SQLAlchemy's {@code query.update({...})}:
   * {@code update(set(NAME, "x"), set(VIEWS, VIEWS.plus(1)))}. Objects of the table the session
   * holds are refreshed with their rows' new values (see {@link Session}). A {@code @Version}
   * column is incremented in every updated row; setting it here is refused.
   *
   * @return the number of rows updated
   */
  @SafeVarargs
  public final int update(Assignment<T, ?>... assignments) {
    requireNoPaging("update()");
    requireNoLock("update()");
    if (assignments.length == 0) {
      throw new IllegalArgumentException("update() needs at least one set(column, value)");
    }
    SqlBuilder sql = BulkStatements.update(newSql(), table, assignments);
    appendWhere(sql);
    return session.bulk(table, sql, false);
  }

  /**
   * Deletes every matching row in one statement. Objects of those rows that the session holds are
   * forgotten.
   *
   * @return the number of rows deleted
   */
  public final int delete() {
    requireNoPaging("delete()");
    requireNoLock("delete()");
    SqlBuilder sql = newSql().append("DELETE FROM ").identifier(table.name());
    appendWhere(sql);
    return session.bulk(table, sql, true);
  }

  /** A statement of this query's, under its timeout if it has one. */
  /** The rows of the statement, with the relationships asked for loaded. */
  private List<T> rows(SqlBuilder sql) {
    List<T> rows = session.list(table, sql, lock != null);
    if (!loads.isEmpty()) {
      session.load(loads, rows);
    }
    return rows;
  }

  private SqlBuilder newSql() {
    return new SqlBuilder(session.engine().dialect()).timeout(timeout);
  }

  private SqlBuilder select(List<Order<T>> order, Integer rowLimit, Integer rowOffset) {
    SqlBuilder sql = newSql();
    TableStatements statements = session.engine().statements(table);
    sql.append(distinct ? statements.selectDistinctAll : statements.selectAll);
    appendWhere(sql);
    Select.renderOrder(sql, order);
    sql.dialect().appendLimitOffset(sql, rowLimit, rowOffset);
    if (lock != null) {
      sql.dialect().appendLock(sql, lock);
    }
    return sql;
  }

  private <R> Select<T, R> withClauses(Select<T, R> select) {
    requireNoLock("select() and stream()");
    for (Predicate<T> condition : conditions) {
      select.where(condition);
    }
    for (Order<T> order : orders) {
      select.orderBy(order);
    }
    if (distinct) {
      select.distinct();
    }
    if (limit != null) {
      select.limit(limit);
    }
    if (offset != null) {
      select.offset(offset);
    }
    return select;
  }

  private void appendWhere(SqlBuilder sql) {
    sql.conditions(" WHERE ", conditions);
  }

  private void requireNoLock(String operation) {
    if (lock != null) {
      throw new IllegalStateException(
          operation + " does not lock rows; forUpdate() applies to all(), first(), one() and paginate().");
    }
  }

  private void requireNoSlicing(String operation) {
    if (limit != null || offset != null) {
      throw new IllegalStateException(operation + " chooses its own limit and offset; remove limit() and offset().");
    }
  }

  private void requireNoPaging(String operation) {
    if (limit != null || offset != null || !orders.isEmpty()) {
      throw new IllegalStateException(
          operation + " cannot use orderBy, limit or offset; narrow the rows with where() instead.");
    }
  }
}
