package dev.kiln.relation;

import dev.kiln.schema.TableDef;

/**
 * A relationship from {@code S} to many objects of {@code T}, kept in each object's {@link
 * ToMany}: a {@link OneToManyRelation} or a {@link ManyToManyRelation}.
 */
public abstract sealed class CollectionRelation<S, T> extends Relation<S, T>
    permits OneToManyRelation, ManyToManyRelation {

  CollectionRelation(TableDef<S> table, int index, String name) {
    super(table, index, name);
  }

  /** The object's collection, or null if the object has none. */
  @SuppressWarnings("unchecked") // the generated table returns this relationship's ToMany
  public final ToMany<T> holder(S entity) {
    return (ToMany<T>) table().related(entity, index());
  }

  /** {@code element} joined {@code owner}'s collection: the other side follows. */
  abstract void added(S owner, T element);

  /** {@code element} left {@code owner}'s collection: the other side follows. */
  abstract void removed(S owner, T element);
}
