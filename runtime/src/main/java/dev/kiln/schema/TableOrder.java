package dev.kiln.schema;

import dev.kiln.relation.ManyToOneRelation;
import dev.kiln.relation.Relation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Orders tables so that each comes after the tables its references lead to: the order to create
 * them in (PostgreSQL and MariaDB check a foreign key's table exists), to insert into them, and,
 * reversed, to drop and delete from them.
 */
public final class TableOrder {
  private TableOrder() {}

  /**
   * The tables, each after those it refers to, otherwise in the order given. A reference to
   * itself (a tree) or to a table not given constrains nothing; tables that refer to each other
   * keep the order given, and the database judges their foreign keys.
   */
  public static List<TableDef<?>> byDependencies(List<TableDef<?>> tables) {
    return dependenciesFirst(tables, TableOrder::referencedTables);
  }

  /**
   * {@link #byDependencies} for tables of any description, such as the processor's schemas:
   * {@code targets} gives the tables one refers to.
   */
  public static <T> List<T> dependenciesFirst(List<T> tables, Function<T, List<T>> targets) {
    Set<T> given = new HashSet<>(tables);
    Set<T> ordered = new LinkedHashSet<>();
    Set<T> visiting = new HashSet<>();
    for (T table : tables) {
      visit(table, targets, given, ordered, visiting);
    }
    return List.copyOf(ordered);
  }

  private static <T> void visit(T table, Function<T, List<T>> targets, Set<T> given, Set<T> ordered, Set<T> visiting) {
    if (ordered.contains(table) || !visiting.add(table)) {
      return;
    }
    for (T target : targets.apply(table)) {
      if (target != table && given.contains(target)) {
        visit(target, targets, given, ordered, visiting);
      }
    }
    visiting.remove(table);
    ordered.add(table);
  }

  /** The tables the table's references lead to, in declaration order. */
  public static List<TableDef<?>> referencedTables(TableDef<?> table) {
    List<TableDef<?>> targets = new ArrayList<>();
    for (Relation<?, ?> relation : table.relations()) {
      if (relation instanceof ManyToOneRelation<?, ?> reference) {
        targets.add(reference.target());
      }
    }
    return targets;
  }
}
