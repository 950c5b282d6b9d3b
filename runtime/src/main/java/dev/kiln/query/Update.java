package dev.kiln.query;

import dev.kiln.schema.TableDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An {@code UPDATE} of the rows that match, built from column constants: {@code
 * TABLE.update().set(VIEWS, VIEWS.plus(1)).where(ID.eq(7))}. Without a where clause it updates
 * every row, as SQL does. Run it with {@code connection.execute(update)}.
 */
public final class Update<T> {
  private final TableDef<T> table;
  private final List<Assignment<T, ?>> assignments = new ArrayList<>();
  private final List<Predicate<T>> where = new ArrayList<>();

  public Update(TableDef<T> table) {
    this.table = table;
  }

  public <V> Update<T> set(Column<T, V> column, V value) {
    assignments.add(Assignment.set(column, value));
    return this;
  }

  public <V> Update<T> set(Column<T, V> column, Expression<T, V> value) {
    assignments.add(Assignment.set(column, value));
    return this;
  }

  @SafeVarargs
  public final Update<T> where(Predicate<T>... predicates) {
    for (Predicate<T> predicate : predicates) {
      where.add(Objects.requireNonNull(predicate, "predicate"));
    }
    return this;
  }

  public void render(SqlBuilder sql) {
    if (assignments.isEmpty()) {
      throw new IllegalStateException("An update needs at least one set(column, value)");
    }
    sql.append("UPDATE ").identifier(table.name()).append(" SET ");
    for (int i = 0; i < assignments.size(); i++) {
      sql.append(i == 0 ? "" : ", ");
      assignments.get(i).render(sql);
    }
    sql.conditions(" WHERE ", where);
  }
}
