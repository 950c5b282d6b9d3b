package dev.kiln.query;

import dev.kiln.dialect.Dialect;
import dev.kiln.jdbc.Params;
import dev.kiln.schema.TableDef;
import dev.kiln.schema.ValueType;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * SQL text under construction with its parameters. Values only ever enter as {@code ?} placeholders
 * and identifiers only ever enter quoted by the dialect, so nothing a user passes becomes SQL.
 */
public final class SqlBuilder {
  private record Binding<V>(ValueType<V> type, V value, boolean compared) {
    void bind(Params params, int index) throws SQLException {
      if (compared) {
        type.writeCompared(params, index, value);
      } else {
        type.write(params, index, value);
      }
    }
  }

  private final Dialect dialect;
  private final StringBuilder text = new StringBuilder(128);
  private final List<Binding<?>> bindings = new ArrayList<>();
  private Duration timeout;
  /** While a select over joined tables renders: those tables, whose columns are qualified; else null. */
  private Set<TableDef<?>> joined;
  /** How deep in subqueries rendering is: their columns are theirs, not the join's. */
  private int subqueryDepth;

  public SqlBuilder(Dialect dialect) {
    this.dialect = dialect;
  }

  public Dialect dialect() {
    return dialect;
  }

  /** Appends SQL written by Kiln itself; never call it with user input. */
  public SqlBuilder append(String sql) {
    text.append(sql);
    return this;
  }

  /** Appends a table or column name, quoted for the dialect. */
  public SqlBuilder identifier(String name) {
    text.append(dialect.quote(name));
    return this;
  }

  /** Appends a column where it is compared or sorted, in the form the dialect compares correctly. */
  public SqlBuilder comparedColumn(Column<?, ?> column) {
    text.append(dialect.comparable(columnName(column), column.type()));
    return this;
  }

  /** Appends a column where it is selected or grouped by. */
  public SqlBuilder selectedColumn(Column<?, ?> column) {
    text.append(columnName(column));
    return this;
  }

  /**
   * A column's name, qualified by its table's while a select over joined tables renders.
   *
   * @throws IllegalArgumentException if the column's table is not one of the joined tables: the
   *     statement is refused before it is sent
   */
  private String columnName(Column<?, ?> column) {
    String name = dialect.quote(column.name());
    if (joined == null) {
      return name;
    }
    if (subqueryDepth == 0 && !joined.contains(column.table())) {
      throw new IllegalArgumentException(
          column + " is not a column of the joined tables " + joined + ": join its table first,"
              + " or filter through the relationship with has(...) or any(...).");
    }
    return dialect.quote(column.table().name()) + "." + name;
  }

  /**
   * Qualifies the columns rendered from now on by their tables' names, and refuses a column of any
   * table but these (none when null): for a select over joined tables. Returns the tables joined
   * before, to restore when the select is rendered.
   */
  public Set<TableDef<?>> joining(Set<TableDef<?>> tables) {
    Set<TableDef<?>> previous = joined;
    this.joined = tables == null ? null : Set.copyOf(tables);
    return previous;
  }

  /** Columns rendered until {@link #leaveSubquery()} belong to a subquery's tables. */
  public SqlBuilder enterSubquery() {
    subqueryDepth++;
    return this;
  }

  public SqlBuilder leaveSubquery() {
    subqueryDepth--;
    return this;
  }

  /** Appends a placeholder bound to a value compared with a column of the same type. */
  public <V> SqlBuilder comparedValue(ValueType<V> type, V value) {
    return placeholder(dialect.comparable("?", type), new Binding<>(type, value, true));
  }

  /** Appends a {@code ?} placeholder bound to the value. */
  public <V> SqlBuilder value(ValueType<V> type, V value) {
    return placeholder("?", new Binding<>(type, value, false));
  }

  private SqlBuilder placeholder(String placeholder, Binding<?> binding) {
    text.append(placeholder);
    bindings.add(binding);
    return this;
  }

  /**
   * Appends the predicates joined by {@code AND} after the keyword ({@code " WHERE "}, {@code "
   * HAVING "}); nothing if there are none.
   */
  public SqlBuilder conditions(String keyword, List<? extends Predicate<?>> predicates) {
    for (int i = 0; i < predicates.size(); i++) {
      text.append(i == 0 ? keyword : " AND ");
      predicates.get(i).render(this);
    }
    return this;
  }

  /** The bound values, in placeholder order. */
  public List<Object> values() {
    List<Object> values = new ArrayList<>(bindings.size());
    for (Binding<?> binding : bindings) {
      values.add(binding.value());
    }
    return values;
  }

  /** Limits how long the statement may run; null for no limit of its own. */
  public SqlBuilder timeout(Duration timeout) {
    this.timeout = timeout;
    return this;
  }

  /** The statement's own time limit, or null. */
  public Duration timeout() {
    return timeout;
  }

  public String sql() {
    return text.toString();
  }

  /** Binds every value in placeholder order. */
  public void bind(Params params) throws SQLException {
    for (int i = 0; i < bindings.size(); i++) {
      bindings.get(i).bind(params, i + 1);
    }
  }

  @Override
  public String toString() {
    return sql();
  }
}
