package dev.kiln.query;

import dev.kiln.schema.TableDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A {@code DELETE} of the rows that match: {@code TABLE.delete().where(ID.eq(7))}. Without a where
 * clause it deletes every row, as SQL does. Run it with {@code connection.execute(delete)}.
 */
public final class Delete<T> {
  private final TableDef<T> table;
  private final List<Predicate<T>> where = new ArrayList<>();

  public Delete(TableDef<T> table) {
    this.table = table;
  }

  @SafeVarargs
  public final Delete<T> where(Predicate<T>... predicates) {
    for (Predicate<T> predicate : predicates) {
      where.add(Objects.requireNonNull(predicate, "predicate"));
    }
    return this;
  }

  public void render(SqlBuilder sql) {
    sql.append("DELETE FROM ").identifier(table.name());
    sql.conditions(" WHERE ", where);
  }
}
