package dev.kiln.session;

import dev.kiln.engine.Engine;
import dev.kiln.error.KilnException;
import dev.kiln.relation.Holders;
import dev.kiln.relation.ManyToManyRelation;
import dev.kiln.relation.ManyToOneRelation;
import dev.kiln.relation.OneToManyRelation;
import dev.kiln.relation.Relation;
import dev.kiln.relation.ToMany;
import dev.kiln.relation.ToOne;
import dev.kiln.schema.TableDef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a flush must do beyond what was staged, found by walking the relationships of staged and
 * held objects (SQLAlchemy's save-update cascade): new objects they lead to are staged for
 * insertion; an object added to a collection refers to its owner, one removed from it refers to
 * nothing or, for a collection that deletes orphans, is deleted; deleting an object deletes what
 * its collections own. {@link InsertOrder} then orders the inserts.
 */
final class Cascade {
  /** A holder that led to a staged object, to point at its stored copy once it is inserted. */
  private record Edge(Object holder, Object element) {}

  /** A link added to or removed from a many-to-many collection, by its two objects, owning side first. */
  private record LinkChange(ManyToManyRelation<?, ?> owning, Object owner, Object target, boolean added) {}

  /** A reference the application set, which stores its target's key once the transaction commits. */
  private record SetReference<T>(ManyToOneRelation<?, T> relation, ToOne<T> holder) {}

  private final Engine engine;
  private final UnitOfWork work;
  private final IdentityMap identityMap;
  private final Session session;
  // Made on first use: most sessions only read, and a session is opened per request.
  private List<Edge> edges = List.of();
  private List<LinkChange> links = List.of();
  /** The references set since they were read or last committed, as the last flush found them. */
  private List<SetReference<?>> setReferences = List.of();

  Cascade(Engine engine, UnitOfWork work, IdentityMap identityMap, Session session) {
    this.engine = engine;
    this.work = work;
    this.identityMap = identityMap;
    this.session = session;
  }

  /** Stages what the relationships imply; false if no table has relationships. */
  boolean stage() {
    edges = List.of();
    links = List.of();
    setReferences = List.of();
    boolean any = false;
    // Held objects first: the new objects they lead to are walked with the staged ones below.
    for (Map.Entry<TableDef<?>, HeldRows> held : identityMap.tables().entrySet()) {
      if (held.getKey().relations().isEmpty()) {
        continue;
      }
      any = true;
      for (Snapshot<?> row = held.getValue().first(); row != null; row = row.next) {
        if (!row.released) {
          walkHeld(held.getKey(), row);
        }
      }
    }
    for (int i = 0; i < work.insertCount(); i++) {
      UnitOfWork.Pending<Object> pending = work.insertAt(i);
      if (!pending.table().relations().isEmpty()) {
        any = true;
        walk(pending.table(), pending.entity());
      }
    }
    return any;
  }

  private <T> void walkHeld(TableDef<?> table, Snapshot<T> row) {
    walk(IdentityMap.tableOf(table, row), row.entity);
  }

  private <T> void walk(TableDef<T> table, T entity) {
    // Indexed: this runs for every held row at every flush, and an iterator per row adds up.
    List<Relation<T, ?>> relations = table.relations();
    for (int i = 0; i < relations.size(); i++) {
      Relation<T, ?> relation = relations.get(i);
      if (relation instanceof ManyToOneRelation<T, ?> reference) {
        walkReference(reference, entity);
      } else if (relation instanceof OneToManyRelation<T, ?> collection) {
        walkCollection(collection, entity);
      } else {
        walkAssociation((ManyToManyRelation<T, ?>) relation, entity);
      }
    }
  }

  /**
   * A reference to a new object saves it first. Only a target the application set can be new: one
   * a session loaded is a row.
   */
  private <S, T> void walkReference(ManyToOneRelation<S, T> reference, S entity) {
    ToOne<T> holder = reference.holder(entity);
    if (holder == null || !Holders.changed(holder)) {
      return;
    }
    if (setReferences.isEmpty()) {
      setReferences = new ArrayList<>();
    }
    setReferences.add(new SetReference<>(reference, holder));
    T target = Holders.targetInMemory(holder);
    if (target != null && stageIfNew(target)) {
      edge(holder, target);
    }
  }

  /** Objects added to a collection refer to its owner; removed ones are let go or deleted. */
  private <S, T> void walkCollection(OneToManyRelation<S, T> collection, S owner) {
    ToMany<T> holder = collection.holder(owner);
    if (holder == null || !holder.isLoaded()) {
      return;
    }
    ManyToOneRelation<T, S> inverse = collection.inverse();
    for (T added : Holders.added(holder)) {
      ToOne<S> reference = referenceOf(inverse, added);
      if (Holders.targetInMemory(reference) != owner) {
        reference.set(owner);
      }
      if (stageIfNew(added)) {
        edge(holder, added);
      }
    }
    List<T> removedElements = Holders.removed(holder);
    // Computed only when needed: every held row's collection is walked at every flush.
    Object ownerKey = removedElements.isEmpty() ? null : collection.table().key(owner);
    for (T removed : removedElements) {
      ToOne<S> reference = referenceOf(inverse, removed);
      S target = Holders.targetInMemory(reference);
      boolean refersElsewhere =
          target != null ? target != owner
              : !Holders.changed(reference) && Holders.rawKey(reference) != null
                  && !Objects.equals(Holders.rawKey(reference), ownerKey);
      if (refersElsewhere) {
        continue; // moved to another owner meanwhile
      }
      if (collection.deleteOrphans()) {
        session.delete(removed);
      } else if (target != null || Holders.rawKey(reference) != null) {
        reference.set(null);
      }
    }
    Holders.settled(holder);
  }

  /**
   * Deletes, through the session, the elements of the object's collections that delete their
   * orphans, each with its own such elements: an element cannot outlive the owner it may not be
   * without. A collection not loaded loads now, with those of every object its query returned.
   */
  <T> void deleteOwned(TableDef<T> table, T owner) {
    for (Relation<T, ?> relation : table.relations()) {
      if (relation instanceof OneToManyRelation<T, ?> collection && collection.deleteOrphans()) {
        deleteElements(collection, owner);
      }
    }
  }

  private <S, T> void deleteElements(OneToManyRelation<S, T> collection, S owner) {
    ToMany<T> holder = collection.holder(owner);
    if (holder == null) {
      return;
    }
    TableDef<T> table = collection.target();
    for (T element : new ArrayList<>(holder)) {
      if (isHeld(table, element)) {
        session.delete(element);
      } else {
        // Never stored: forgotten, rather than saved through an owner about to be deleted.
        holder.remove(element);
        work.unstageInsert(element);
      }
    }
  }

  /**
   * The transaction committed: every reference the application set now holds its target's key as
   * stored, as if read ({@code ToOne.storedKey()}). The commit's flush walked every held row, so
   * it found them all.
   */
  void committed() {
    for (SetReference<?> set : setReferences) {
      settle(set);
    }
    setReferences = List.of();
  }

  private static <T> void settle(SetReference<T> set) {
    Object key = set.relation().key(set.holder());
    // A target still without a key keeps the holder set, rather than report a stored NULL.
    if (key != null || Holders.targetInMemory(set.holder()) == null) {
      Holders.settle(set.holder(), key);
    }
  }

  /** Links added to a many-to-many collection save new targets; both kinds of change become rows. */
  private <S, T> void walkAssociation(ManyToManyRelation<S, T> association, S owner) {
    ToMany<T> holder = association.holder(owner);
    if (holder == null || !holder.isLoaded()) {
      return;
    }
    for (T added : Holders.added(holder)) {
      if (stageIfNew(added)) {
        edge(holder, added);
      }
      link(link(association, owner, added, true));
    }
    for (T removed : Holders.removed(holder)) {
      link(link(association, owner, removed, false));
    }
    Holders.settled(holder);
  }

  private void edge(Object holder, Object element) {
    if (edges.isEmpty()) {
      edges = new ArrayList<>();
    }
    edges.add(new Edge(holder, element));
  }

  private void link(LinkChange change) {
    if (links.isEmpty()) {
      links = new ArrayList<>();
    }
    links.add(change);
  }

  private static LinkChange link(ManyToManyRelation<?, ?> association, Object owner, Object target, boolean added) {
    return association.owns()
        ? new LinkChange(association, owner, target, added)
        : new LinkChange(association.owningSide(), target, owner, added);
  }

  /**
   * The links to write, by key, once every staged object is inserted: a record's stored copy
   * carries the key it was given. A link changed from both sides is written once.
   */
  List<LinkWriter.Link> links() {
    List<LinkWriter.Link> keyed = new ArrayList<>(links.size());
    Set<LinkWriter.Link> seen = new HashSet<>();
    for (LinkChange change : links) {
      LinkWriter.Link link = new LinkWriter.Link(
          change.owning(), keyOf(change.owning().table(), change.owner()), keyOf(change.owning().target(), change.target()),
          change.added());
      if (seen.add(link)) {
        keyed.add(link);
      }
    }
    return keyed;
  }

  @SuppressWarnings("unchecked") // a link's objects are of its tables' models
  private <T> Object keyOf(TableDef<T> table, Object object) {
    Ref<Object> ref = work.stagedRef(object);
    Object stored = ref != null && ref.isStored() ? ref.get() : object;
    return table.key((T) stored);
  }

  private static <S, T> ToOne<S> referenceOf(ManyToOneRelation<T, S> inverse, T element) {
    ToOne<S> reference = inverse.holder(element);
    if (reference == null) {
      throw new KilnException(
          inverse + " of a " + element.getClass().getSimpleName()
              + " is null, so it cannot refer to the collection's owner. Give the object a holder: new ToOne<>().");
    }
    return reference;
  }

  /** Stages the object for insertion unless the session holds or stages it; true if it is staged now or was. */
  private <T> boolean stageIfNew(T object) {
    if (work.stagedRef(object) != null) {
      return true;
    }
    TableDef<T> table = engine.tableOf(object);
    if (isHeld(table, object)) {
      return false;
    }
    work.stageInsert(table, object);
    return true;
  }

  /** Whether the session holds the object's row: the object was read or saved, not new. */
  private <T> boolean isHeld(TableDef<T> table, T object) {
    Object key = table.key(object);
    return key != null && identityMap.held(table, key) != null;
  }

  /**
   * Points the holders that led to staged records at the copies stored with their generated
   * values: a record cannot change, so a reference to it must hold the copy to know its key.
   */
  void pointAtStoredCopies() {
    for (Edge edge : edges) {
      Ref<Object> ref = work.stagedRef(edge.element());
      if (ref == null || !ref.isStored() || ref.get() == edge.element()) {
        continue;
      }
      if (edge.holder() instanceof ToOne<?> reference) {
        Holders.load(castReference(reference), ref.get());
      } else {
        Holders.replace(castCollection((ToMany<?>) edge.holder()), edge.element(), ref.get());
      }
    }
  }

  @SuppressWarnings("unchecked") // edges pair a holder with an object of its own type
  private static ToOne<Object> castReference(ToOne<?> holder) {
    return (ToOne<Object>) holder;
  }

  @SuppressWarnings("unchecked") // as above
  private static ToMany<Object> castCollection(ToMany<?> holder) {
    return (ToMany<Object>) holder;
  }
}
