package dev.kiln.relation;

import dev.kiln.query.Column;
import dev.kiln.query.SqlBuilder;
import dev.kiln.schema.TableDef;
import java.util.List;

/**
 * A relationship from the model {@code S} to the model {@code T}, declared by {@code S}'s generated
 * table as a constant ({@code BookTable.AUTHOR}, {@code AuthorTable.BOOKS}): what eager loading and
 * the session's cascades work from.
 *
 * @param <S> the model declaring the relationship
 * @param <T> the model it leads to
 */
public abstract sealed class Relation<S, T> permits ManyToOneRelation, CollectionRelation {
  private final TableDef<S> table;
  private final int index;
  private final String name;

  Relation(TableDef<S> table, int index, String name) {
    this.table = table;
    this.index = index;
    this.name = name;
    table.declare(this);
  }

  /** The table of the model declaring the relationship. */
  public final TableDef<S> table() {
    return table;
  }

  /** The relationship's 0-based place among its table's relationships. */
  public final int index() {
    return index;
  }

  /** The field's name. */
  public final String name() {
    return name;
  }

  /** The table of the model the relationship leads to. */
  public abstract TableDef<T> target();

  /**
   * Appends the join from this relationship's table to its target's: {@code keyword} ({@code " JOIN
   * "} or {@code " LEFT JOIN "}), the table, and {@code ON} the columns that match.
   */
  abstract void renderJoin(SqlBuilder sql, String keyword);

  /** {@code "table"."column"}. */
  static void qualified(SqlBuilder sql, String table, String column) {
    sql.identifier(table).append(".").identifier(column);
  }

  /** {@code "a"."x" = "b"."y" AND ...}: each column of one table equal to its counterpart of the other. */
  static void matching(SqlBuilder sql, String table, List<? extends Column<?, ?>> columns, String other,
      List<? extends Column<?, ?>> otherColumns) {
    for (int i = 0; i < columns.size(); i++) {
      sql.append(i == 0 ? "" : " AND ");
      qualified(sql, table, columns.get(i).name());
      sql.append(" = ");
      qualified(sql, other, otherColumns.get(i).name());
    }
  }

  /** The columns' names, in order. */
  static List<String> names(List<? extends Column<?, ?>> columns) {
    return columns.stream().map(Column::name).toList();
  }

  @Override
  public String toString() {
    return table.modelType().getSimpleName() + "." + name;
  }
}
