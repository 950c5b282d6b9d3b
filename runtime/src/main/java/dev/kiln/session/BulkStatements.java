package dev.kiln.session;

import dev.kiln.query.Assignment;
import dev.kiln.query.Column;
import dev.kiln.query.Order;
import dev.kiln.query.SqlBuilder;
import dev.kiln.schema.TableDef;
import java.util.ArrayList;
import java.util.List;

/** What a query renders beyond its SELECT: a bulk UPDATE's SET, and the stable order paging needs. */
final class BulkStatements {
  private BulkStatements() {}

  /**
   * {@code UPDATE "t" SET ...}, and the version's increment, without the WHERE the query appends.
   *
   * @throws IllegalArgumentException if an assignment sets the {@code @Version}, which Kiln counts
   */
  @SafeVarargs
  static <T> SqlBuilder update(SqlBuilder sql, TableDef<T> table, Assignment<T, ?>... assignments) {
    Column<T, ?> version = table.versionColumn();
    for (Assignment<T, ?> assignment : assignments) {
      if (assignment.column() == version) {
        throw new IllegalArgumentException(
            "update() cannot set the @Version column " + assignment.column().name() + ": Kiln increments it.");
      }
    }
    sql.append("UPDATE ").identifier(table.name()).append(" SET ");
    for (int i = 0; i < assignments.length; i++) {
      if (i > 0) {
        sql.append(", ");
      }
      assignments[i].render(sql);
    }
    // Every changed row gets its next version, so that objects read before it are seen as stale.
    if (version != null) {
      sql.append(", ").identifier(version.name()).append(" = ").identifier(version.name()).append(" + 1");
    }
    return sql;
  }

  /**
   * The sort keys with the primary key added as the last ones, so that rows equal in the sort keys
   * never repeat or go missing from one page to the next.
   */
  static <T> List<Order<T>> tieBrokenByKey(List<Order<T>> orders, TableDef<T> table) {
    List<Order<T>> order = new ArrayList<>(orders);
    for (Column<T, ?> key : table.primaryKey()) {
      if (orders.stream().noneMatch(existing -> existing.expression() == key)) {
        order.add(key.asc());
      }
    }
    return order;
  }
}
