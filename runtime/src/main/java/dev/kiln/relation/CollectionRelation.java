package dev.kiln.relation;

import dev.kiln.query.Predicate;
import dev.kiln.query.Related;
import dev.kiln.schema.TableDef;
import java.util.List;
import java.util.Objects;

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

  /**
   * The rows with at least one related row meeting {@code condition}, each once: {@code
   * AuthorTable.BOOKS.any(BookTable.TITLE.startsWith("The"))} ({@code id IN (SELECT author_id FROM
   * book WHERE ...)}).
   */
  public final Predicate<S> any(Predicate<T> condition) {
    return new Related<>(table().primaryKey(), false, hops(), Objects.requireNonNull(condition, "condition"));
  }

  /** The rows with at least one related row. */
  public final Predicate<S> any() {
    return new Related<>(table().primaryKey(), false, hops(), null);
  }

  /** The rows with no related row meeting {@code condition}. */
  public final Predicate<S> none(Predicate<T> condition) {
    return any(condition).not();
  }

  /** The rows with no related row. */
  public final Predicate<S> none() {
    return any().not();
  }

  /** The tables from this model's key to the related rows, for {@link Related}. */
  abstract List<Related.Hop> hops();

  /** {@code element} joined {@code owner}'s collection: the other side follows. */
  abstract void added(S owner, T element);

  /** {@code element} left {@code owner}'s collection: the other side follows. */
  abstract void removed(S owner, T element);
}
