package dev.kiln.session;

import dev.kiln.relation.Relation;
import java.util.ArrayList;
import java.util.List;

/**
 * The relationships a query loads with its rows ({@code query().load(AuthorTable.BOOKS,
 * BookTable.CHAPTERS)}): each path one statement per level, for all the rows at that level.
 */
final class LoadPlan {
  private final List<List<Relation<?, ?>>> paths = new ArrayList<>();

  void add(Relation<?, ?>... path) {
    paths.add(List.of(path));
  }

  boolean isEmpty() {
    return paths.isEmpty();
  }

  /**
   * Loads every path for the rows a query returned: each level for the objects the level before
   * reached, the last one without gathering what it reached.
   */
  void load(RelationLoader loader, List<?> rows) {
    for (List<Relation<?, ?>> path : paths) {
      List<Object> owners = List.copyOf(rows);
      int last = path.size() - 1;
      for (int level = 0; level < last; level++) {
        owners = loader.load(cast(path.get(level)), owners);
      }
      loader.fill(cast(path.get(last)), owners);
    }
  }

  /** Safe: the query's typed load methods chain each relationship to the model the one before leads to. */
  @SuppressWarnings("unchecked")
  private static Relation<Object, Object> cast(Relation<?, ?> relation) {
    return (Relation<Object, Object>) relation;
  }
}
