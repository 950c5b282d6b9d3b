package dev.kiln.relation;

import dev.kiln.schema.TableDef;
import java.util.List;

/**
 * The session's access to the holders it reads and saves: attaching loaders, filling them, and
 * reading what the application changed. For Kiln's runtime, not for applications.
 */
public final class Holders {
  private Holders() {}

  public static void attach(ToOne<?> holder, Fetcher fetcher) {
    holder.attach(fetcher);
  }

  public static void attach(ToMany<?> holder, Fetcher fetcher) {
    holder.attach(fetcher);
  }

  /**
   * Ties each holder of the object to it and its relationship, so that changes on one side of a
   * relationship show on the other at once: for objects a session reads or saves.
   */
  public static <S> void link(TableDef<S> table, S owner) {
    for (Relation<S, ?> relation : table.relations()) {
      link(relation, owner);
    }
  }

  /**
   * A record's stored copy shares the original's holders: they belong to the copy now, so that a
   * collection following a reference set later holds the object the session holds.
   */
  public static <S> void linkCopy(TableDef<S> table, S original, S copy) {
    if (copy != original && !table.relations().isEmpty()) {
      link(table, copy);
    }
  }

  private static <S, T> void link(Relation<S, T> relation, S owner) {
    if (relation instanceof ManyToOneRelation<S, T> reference) {
      ToOne<T> holder = reference.holder(owner);
      if (holder != null) {
        link(holder, owner, reference);
      }
    } else {
      CollectionRelation<S, T> collection = (CollectionRelation<S, T>) relation;
      ToMany<T> holder = collection.holder(owner);
      if (holder != null) {
        link(holder, owner, collection);
      }
    }
  }

  /** Ties a reference to its owner, as {@link #link(TableDef, Object)} does for all of an object's. */
  public static <S, T> void link(ToOne<T> holder, S owner, ManyToOneRelation<S, T> relation) {
    holder.link(owner, relation);
  }

  /** Ties a collection to its owner, as {@link #link(TableDef, Object)} does for all of an object's. */
  public static <S, T> void link(ToMany<T> holder, S owner, CollectionRelation<S, T> relation) {
    holder.link(owner, relation);
  }

  public static <T> void load(ToOne<T> holder, T target) {
    holder.load(target);
  }

  /** Empties the collection to fill it element by element ({@link #appendLoaded}), then {@link #finishLoad}. */
  public static void startLoad(ToMany<?> holder) {
    holder.startLoad();
  }

  public static <T> void appendLoaded(ToMany<T> holder, T element) {
    holder.appendLoaded(element);
  }

  /** The collection holds its elements now: reading it sends nothing. */
  public static void finishLoad(ToMany<?> holder) {
    holder.finishLoad();
  }

  public static <T> void load(ToMany<T> holder, List<T> elements) {
    holder.load(elements);
  }

  /** The key a loaded or read reference holds, whatever its state. */
  public static Object rawKey(ToOne<?> holder) {
    return holder.rawKey();
  }

  /** The target set or loaded, or null; never loads. */
  public static <T> T targetInMemory(ToOne<T> holder) {
    return holder.targetInMemory();
  }

  /** Whether the application set the target since the holder was read or saved. */
  public static boolean changed(ToOne<?> holder) {
    return holder.changed();
  }

  /** The reference's column holds {@code key} in a committed row now: the holder is no longer set. */
  public static void settle(ToOne<?> holder, Object key) {
    holder.settle(key);
  }

  /**
   * Makes the reference's column hold NULL, whatever its target, until {@code deferred} is false
   * again: a flush inserts the owner before the target, then updates the column.
   */
  public static void defer(ToOne<?> holder, boolean deferred) {
    holder.defer(deferred);
  }

  /** The elements in memory: all of a new collection's, none of one not loaded. */
  public static <T> List<T> elementsInMemory(ToMany<T> holder) {
    return holder.elementsInMemory();
  }

  /** Puts a record's stored copy where the record itself is in the collection. */
  public static <T> void replace(ToMany<T> holder, T element, T replacement) {
    holder.replaceSame(element, replacement);
  }

  public static <T> List<T> added(ToMany<T> holder) {
    return holder.added();
  }

  public static <T> List<T> removed(ToMany<T> holder) {
    return holder.removed();
  }

  /** The collection's changes were saved: from now on they are its state as read. */
  public static void settled(ToMany<?> holder) {
    holder.settled();
  }
}
