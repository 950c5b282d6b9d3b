package dev.kiln.session;

import dev.kiln.engine.Engine;
import dev.kiln.error.KilnException;
import dev.kiln.relation.Holders;
import dev.kiln.relation.ManyToOneRelation;
import dev.kiln.relation.Relation;
import dev.kiln.relation.ToOne;
import dev.kiln.schema.ColumnSchema;
import dev.kiln.schema.TableDef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The order a flush inserts its staged objects in: each after the new objects it refers to (a
 * topological sort by depth). New objects that refer to each other through a reference whose
 * column can be NULL are inserted one first with that column NULL, and the column is set once the
 * other has its key (SQLAlchemy's {@code post_update}).
 */
final class InsertOrder {
  /** A reference of a staged object whose column is inserted as NULL and set after the insert. */
  private record Deferral<S>(ToOne<?> holder, TableDef<S> table, S owner) {}

  private final Engine engine;
  private final UnitOfWork work;
  private final IdentityMap identityMap;
  /** Each staged object's depth: how many staged objects stand between it and the rows it refers to. */
  private Map<Object, Integer> depths = Map.of();
  /** References whose columns this flush inserts as NULL and updates afterwards. */
  private List<Deferral<?>> deferred = List.of();

  InsertOrder(Engine engine, UnitOfWork work, IdentityMap identityMap) {
    this.engine = engine;
    this.work = work;
    this.identityMap = identityMap;
  }

  /** Forgets the previous flush's order. */
  void reset() {
    depths = Map.of();
    deferred = List.of();
  }

  /**
   * Orders the staged inserts so that each object comes after the staged objects it refers to,
   * and, at one depth, by table, so that runs of one table stay together for multi-row statements.
   */
  void sort() {
    depths = new IdentityHashMap<>();
    for (int i = 0; i < work.insertCount(); i++) {
      depth(work.insertAt(i).table(), work.insertAt(i).entity());
    }
    work.sortInserts(
        Comparator.<UnitOfWork.Pending<?>>comparingInt(pending -> depths.get(pending.entity()))
            .thenComparingInt(pending -> engine.creationRank(pending.table())));
  }

  /** How many staged objects stand between this one and the rows it refers to; -1 marks a visit. */
  private <T> int depth(TableDef<T> table, T entity) {
    Integer known = depths.get(entity);
    if (known != null) {
      if (known < 0) {
        throw new KilnException(
            "New " + table.modelType().getSimpleName() + " objects refer to each other in a cycle through"
                + " references that cannot be NULL, so none can be inserted first. Let one of those columns"
                + " be NULL (Kiln then inserts it empty and sets it after), or save one object first.");
      }
      return known;
    }
    depths.put(entity, -1);
    int depth = 0;
    for (Relation<T, ?> relation : table.relations()) {
      if (relation instanceof ManyToOneRelation<T, ?> reference) {
        depth = Math.max(depth, targetDepth(reference, entity));
      }
    }
    depths.put(entity, depth);
    return depth;
  }

  private <S, T> int targetDepth(ManyToOneRelation<S, T> reference, S entity) {
    ToOne<T> holder = reference.holder(entity);
    T target = holder == null ? null : Holders.targetInMemory(holder);
    if (target == null || target == entity || work.stagedRef(target) == null) {
      return 0;
    }
    Integer targetDepth = depths.get(target);
    if (targetDepth != null && targetDepth < 0 && nullable(reference)) {
      // The target waits for this object in turn: insert this one first, its column NULL, and
      // set the column once the target has its key (SQLAlchemy's post_update).
      Holders.defer(holder, true);
      if (deferred.isEmpty()) {
        deferred = new ArrayList<>();
      }
      deferred.add(new Deferral<>(holder, reference.table(), entity));
      return 0;
    }
    return depth(reference.target(), target) + 1;
  }

  private static boolean nullable(ManyToOneRelation<?, ?> reference) {
    List<ColumnSchema> columns = reference.table().schema().columns();
    return reference.foreignKey().stream().allMatch(column -> columns.get(column.index()).nullable());
  }

  /**
   * Ends the deferrals {@link #sort} made, once the flush inserted every staged object: the
   * references' columns now hold their targets' keys, and the rows inserted with NULL there are
   * checked for changes again, so the flush updates them.
   */
  void resumeDeferred() {
    for (Deferral<?> deferral : deferred) {
      Holders.defer(deferral.holder(), false);
      recheck(deferral);
    }
    deferred = List.of();
  }

  private <S> void recheck(Deferral<S> deferral) {
    Object key = deferral.table().key(deferral.owner());
    Snapshot<S> row = key == null ? null : identityMap.held(deferral.table(), key);
    if (row != null) {
      row.insertedBy = 0;
    }
  }

  /**
   * Whether two staged objects are at the same depth, so that one statement may insert both: a
   * deeper one refers to a row that must be inserted, and give its key, first.
   */
  boolean sameDepth(Object one, Object other) {
    return Objects.equals(depths.get(one), depths.get(other));
  }
}
