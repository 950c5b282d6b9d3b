package dev.kiln.query;

import java.util.List;

/**
 * Rows with related rows: {@code "id" IN (SELECT "author_id" FROM "book" WHERE "author_id" IS NOT
 * NULL AND (condition))}, one nested {@code IN} per table crossed on the way (a many-to-many
 * crosses its association table). Each row matches once however many related rows match, and no
 * name needs qualifying: the condition's columns are the innermost table's. Relationships build it:
 * {@code has}, {@code any} and {@code none}.
 *
 * @param outer the columns of the queried table the first subquery's values are matched against;
 *     when it may be null, it is tested first, so that {@code not()} keeps the rows where it is
 *     ({@code NOT (x IN (...))} alone is unknown for a null {@code x}, and drops them)
 * @param hops the tables crossed, outermost first
 * @param condition what a related row must meet, on the last table's columns; null for any row
 */
public record Related<S>(
    List<? extends Expression<S, ?>> outer, boolean outerNullable, List<Related.Hop> hops, Predicate<?> condition)
    implements Predicate<S> {
  /**
   * One table crossed: its {@code selected} columns are matched against the level above, and its
   * {@code link} columns against the next level's values (none on the last). Several columns
   * match a composite key, as a row value: {@code ("a", "b") IN (SELECT "x", "y" ...)}.
   */
  public record Hop(String table, List<String> selected, List<String> link) {
    public Hop {
      selected = List.copyOf(selected);
      link = List.copyOf(link);
    }
  }

  public Related {
    outer = List.copyOf(outer);
    hops = List.copyOf(hops);
  }

  @Override
  public void render(SqlBuilder sql) {
    if (outerNullable) {
      sql.append("(");
      for (Expression<S, ?> column : outer) {
        column.render(sql);
        sql.append(" IS NOT NULL AND ");
      }
    }
    renderRow(sql, outer);
    sql.append(" IN (");
    sql.enterSubquery();
    renderHop(sql, 0);
    sql.leaveSubquery();
    sql.append(outerNullable ? "))" : ")");
  }

  /** One value, or a row value {@code (a, b)} of several. */
  private static void renderRow(SqlBuilder sql, List<? extends Expression<?, ?>> values) {
    if (values.size() == 1) {
      values.get(0).render(sql);
      return;
    }
    sql.append("(");
    for (int i = 0; i < values.size(); i++) {
      sql.append(i == 0 ? "" : ", ");
      values.get(i).render(sql);
    }
    sql.append(")");
  }

  private static void renderNames(SqlBuilder sql, List<String> names, boolean row) {
    sql.append(row && names.size() > 1 ? "(" : "");
    for (int i = 0; i < names.size(); i++) {
      sql.append(i == 0 ? "" : ", ").identifier(names.get(i));
    }
    sql.append(row && names.size() > 1 ? ")" : "");
  }

  private void renderHop(SqlBuilder sql, int level) {
    Hop hop = hops.get(level);
    sql.append("SELECT ");
    renderNames(sql, hop.selected(), false);
    sql.append(" FROM ").identifier(hop.table()).append(" WHERE ");
    for (int i = 0; i < hop.selected().size(); i++) {
      sql.append(i == 0 ? "" : " AND ").identifier(hop.selected().get(i)).append(" IS NOT NULL");
    }
    if (level + 1 < hops.size()) {
      sql.append(" AND ");
      renderNames(sql, hop.link(), true);
      sql.append(" IN (");
      renderHop(sql, level + 1);
      sql.append(")");
    } else if (condition != null) {
      sql.append(" AND (");
      condition.render(sql);
      sql.append(")");
    }
  }
}
