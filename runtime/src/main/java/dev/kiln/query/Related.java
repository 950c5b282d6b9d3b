package dev.kiln.query;

import java.util.List;

/**
 * Rows with related rows: {@code "id" IN (SELECT "author_id" FROM "book" WHERE "author_id" IS NOT
 * NULL AND (condition))}, one nested {@code IN} per table crossed on the way (a many-to-many
 * crosses its association table). Each row matches once however many related rows match, and no
 * name needs qualifying: the condition's columns are the innermost table's. Relationships build it:
 * {@code has}, {@code any} and {@code none}.
 *
 * @param outer the column of the queried table the first subquery's values are matched against;
 *     when it may be null, it is tested first, so that {@code not()} keeps the rows where it is
 *     ({@code NOT (x IN (...))} alone is unknown for a null {@code x}, and drops them)
 * @param hops the tables crossed, outermost first
 * @param condition what a related row must meet, on the last table's columns; null for any row
 */
public record Related<S>(Expression<S, ?> outer, boolean outerNullable, List<Related.Hop> hops, Predicate<?> condition)
    implements Predicate<S> {
  /**
   * One table crossed: its {@code selected} column is matched against the level above, and its
   * {@code link} column against the next level's values (null on the last).
   */
  public record Hop(String table, String selected, String link) {}

  public Related {
    hops = List.copyOf(hops);
  }

  @Override
  public void render(SqlBuilder sql) {
    if (outerNullable) {
      sql.append("(");
      outer.render(sql);
      sql.append(" IS NOT NULL AND ");
    }
    outer.render(sql);
    sql.append(" IN (");
    sql.enterSubquery();
    renderHop(sql, 0);
    sql.leaveSubquery();
    sql.append(outerNullable ? "))" : ")");
  }

  private void renderHop(SqlBuilder sql, int level) {
    Hop hop = hops.get(level);
    sql.append("SELECT ").identifier(hop.selected()).append(" FROM ").identifier(hop.table());
    sql.append(" WHERE ").identifier(hop.selected()).append(" IS NOT NULL");
    if (level + 1 < hops.size()) {
      sql.append(" AND ").identifier(hop.link()).append(" IN (");
      renderHop(sql, level + 1);
      sql.append(")");
    } else if (condition != null) {
      sql.append(" AND (");
      condition.render(sql);
      sql.append(")");
    }
  }
}
