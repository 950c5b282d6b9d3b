package dev.kiln.query;

import java.util.List;

/** Predicates joined by {@code AND} or {@code OR}, parenthesised so any nesting keeps its meaning. */
record Junction<T>(String operator, List<Predicate<T>> parts) implements Predicate<T> {
  static final String AND = " AND ";
  static final String OR = " OR ";

  static <T> Predicate<T> of(String operator, List<Predicate<T>> parts) {
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("and(...) and or(...) need at least one predicate");
    }
    return parts.size() == 1 ? parts.get(0) : new Junction<>(operator, List.copyOf(parts));
  }

  @Override
  public void render(SqlBuilder sql) {
    sql.append("(");
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        sql.append(operator);
      }
      parts.get(i).render(sql);
    }
    sql.append(")");
  }
}
