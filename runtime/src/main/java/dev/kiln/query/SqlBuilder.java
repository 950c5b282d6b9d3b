package dev.kiln.query;

import dev.kiln.dialect.Dialect;
import dev.kiln.jdbc.Params;
import dev.kiln.schema.ValueType;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

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
    text.append(dialect.comparable(dialect.quote(column.name()), column.type()));
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
