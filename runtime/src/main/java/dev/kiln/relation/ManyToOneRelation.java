package dev.kiln.relation;

import dev.kiln.query.Column;
import dev.kiln.query.Predicate;
import dev.kiln.query.Related;
import dev.kiln.query.SqlBuilder;
import dev.kiln.schema.CompositeKey;
import dev.kiln.schema.TableDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A {@code @ManyToOne} reference from {@code S} to {@code T}: a foreign-key column of {@code S}
 * holding a key of {@code T}, kept in each object's {@link ToOne}.
 */
public final class ManyToOneRelation<S, T> extends Relation<S, T> {
  /** The columns holding the target's key, in its key's order: one, or one per part of a composite key. */
  private final List<Column<S, ?>> foreignKey;
  private final Supplier<TableDef<T>> target;
  /** The target's collections of the objects referring through this, found on first use. */
  private List<OneToManyRelation<T, S>> inverses;

  /**
   * @param target the target's table, asked for on first use: two tables that refer to each other
   *     cannot both be initialized first
   * @param foreignKey the columns holding the target's key, in its key's order
   */
  @SafeVarargs
  public ManyToOneRelation(
      TableDef<S> table, int index, String name, Supplier<TableDef<T>> target, Column<S, ?>... foreignKey) {
    super(table, index, name);
    this.foreignKey = List.of(foreignKey);
    this.target = target;
  }

  /** The columns holding the target's key, in its key's order. */
  public List<Column<S, ?>> foreignKey() {
    return foreignKey;
  }

  @Override
  public TableDef<T> target() {
    return target.get();
  }

  /** The object's holder of this reference, or null if the object has none. */
  @SuppressWarnings("unchecked") // the generated table returns this relationship's ToOne
  public ToOne<T> holder(S entity) {
    return (ToOne<T>) table().related(entity, index());
  }

  /**
   * The key the foreign-key column holds for this holder: its target's key when a target is in
   * memory, else the key it was read with; null for none, or while a flush defers it (two new
   * objects referring to each other). Generated code writes it.
   */
  public Object key(ToOne<T> holder) {
    if (holder == null || holder.deferred()) {
      return null;
    }
    T inMemory = holder.targetInMemory();
    return inMemory != null ? target().key(inMemory) : holder.changed() ? null : holder.rawKey();
  }

  /**
   * The reference of {@code owner} moved from {@code previous} to {@code next} (either may be
   * null): the loaded collections of the two targets follow.
   */
  void moved(S owner, T previous, T next) {
    for (OneToManyRelation<T, S> collection : inverses()) {
      if (previous != null) {
        ToMany<S> left = collection.holder(previous);
        if (left != null && left.isLoaded()) {
          left.follow(owner, false);
        }
      }
      if (next != null) {
        ToMany<S> joined = collection.holder(next);
        if (joined != null && joined.isLoaded()) {
          joined.follow(owner, true);
        }
      }
    }
  }

  private List<OneToManyRelation<T, S>> inverses() {
    List<OneToManyRelation<T, S>> found = inverses;
    if (found == null) {
      found = new ArrayList<>();
      for (Relation<T, ?> relation : target().relations()) {
        if (relation instanceof OneToManyRelation<T, ?> collection && collection.inverse() == this) {
          found.add(castInverse(collection));
        }
      }
      inverses = List.copyOf(found);
    }
    return found;
  }

  @SuppressWarnings("unchecked") // its inverse is this relationship, so it holds objects of S
  private OneToManyRelation<T, S> castInverse(OneToManyRelation<T, ?> collection) {
    return (OneToManyRelation<T, S>) collection;
  }

  @Override
  void renderJoin(SqlBuilder sql, String keyword) {
    TableDef<T> target = target();
    sql.append(keyword).identifier(target.name()).append(" ON ");
    matching(sql, target.name(), target.primaryKey(), table().name(), foreignKey);
  }

  /**
   * The rows whose reference leads to a row meeting {@code condition}: {@code
   * BookTable.AUTHOR.has(AuthorTable.NAME.eq("Le Guin"))} ({@code author_id IN (SELECT id FROM
   * author WHERE ...)}). Its {@code not()} keeps the rows that refer to nothing.
   */
  public Predicate<S> has(Predicate<T> condition) {
    TableDef<T> target = target();
    return new Related<>(foreignKey, true, List.of(new Related.Hop(target.name(), names(target.primaryKey()), List.of())),
        Objects.requireNonNull(condition, "condition"));
  }

  /**
   * One part of the key {@link #key} gives, for the foreign-key column at {@code part}: the key
   * itself when the target's key is one column. Generated code writes it.
   */
  public Object keyPart(ToOne<T> holder, int part) {
    Object key = key(holder);
    return key instanceof CompositeKey parts ? parts.part(part) : key;
  }

  /** The holder an object read again keeps: its own, reset if the row now refers elsewhere. */
  public ToOne<T> refreshed(ToOne<T> held, Object key) {
    if (held == null) {
      return ToOne.stored(key);
    }
    if (!Objects.equals(key(held), key)) {
      held.reset(key);
    }
    return held;
  }
}
