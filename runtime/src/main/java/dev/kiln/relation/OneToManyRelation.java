package dev.kiln.relation;

import dev.kiln.query.Related;
import dev.kiln.query.SqlBuilder;
import dev.kiln.schema.TableDef;
import java.util.List;
import java.util.function.Supplier;

/**
 * A {@code @OneToMany} relationship from {@code S} to the objects of {@code T} that refer to it
 * through {@link #inverse()}, kept in each object's {@link ToMany}.
 */
public final class OneToManyRelation<S, T> extends CollectionRelation<S, T> {
  private final Supplier<ManyToOneRelation<T, S>> inverse;
  private final boolean deleteOrphans;

  /**
   * @param inverse the target's reference to {@code S}, asked for on first use: two tables that
   *     refer to each other cannot both be initialized first
   */
  public OneToManyRelation(
      TableDef<S> table, int index, String name, Supplier<ManyToOneRelation<T, S>> inverse, boolean deleteOrphans) {
    super(table, index, name);
    this.inverse = inverse;
    this.deleteOrphans = deleteOrphans;
  }

  /** The target's reference that makes an object one of this relationship's elements. */
  public ManyToOneRelation<T, S> inverse() {
    return inverse.get();
  }

  /** Whether an element removed from a collection is deleted, not left with no owner. */
  public boolean deleteOrphans() {
    return deleteOrphans;
  }

  @Override
  void renderJoin(SqlBuilder sql, String keyword) {
    ManyToOneRelation<T, S> reference = inverse();
    sql.append(keyword).identifier(reference.table().name()).append(" ON ");
    matching(sql, reference.table().name(), reference.foreignKey(), table().name(), table().primaryKey());
  }

  @Override
  List<Related.Hop> hops() {
    ManyToOneRelation<T, S> reference = inverse();
    return List.of(new Related.Hop(reference.table().name(), names(reference.foreignKey()), List.of()));
  }

  @Override
  public TableDef<T> target() {
    return inverse().table();
  }

  /** {@code child} joined {@code owner}'s collection: its reference follows, leaving its previous owner's collection. */
  @Override
  void added(S owner, T child) {
    ManyToOneRelation<T, S> inverse = inverse();
    ToOne<S> reference = inverse.holder(child);
    if (reference == null) {
      return; // the flush reports the missing holder
    }
    // Tied here for a new object too: setting its reference later moves it out of this collection.
    reference.link(child, inverse);
    S previous = reference.isLoaded() ? reference.targetInMemory() : null;
    if (previous != owner) {
      reference.assign(owner);
      inverse.moved(child, previous, owner);
    }
  }

  /**
   * {@code child} left {@code owner}'s collection: a reference still to the owner is emptied,
   * unless the collection deletes orphans, whose rows keep their reference until they are deleted.
   */
  @Override
  void removed(S owner, T child) {
    if (deleteOrphans) {
      return;
    }
    ToOne<S> reference = inverse().holder(child);
    if (reference != null && reference.isLoaded() && reference.targetInMemory() == owner) {
      reference.assign(null);
    }
  }
}
