package dev.kiln.relation;

import dev.kiln.error.KilnException;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.RandomAccess;

/**
 * The objects of a {@code @OneToMany} relationship: an author's books, as a {@link List}. A new
 * object's collection is empty ({@code new ToMany<>()}) or made with {@link #of}; one a session read
 * loads on first use, together with the collections of every other object the same query
 * returned, in one statement. Adding and removing objects is saved on the next flush: added objects
 * are inserted if new and refer to the owner; removed ones stop referring to it.
 *
 * <p>Not thread-safe, like the session that loads it.
 *
 * @param <T> the model of the elements
 */
public final class ToMany<T> extends AbstractList<T> implements RandomAccess {
  private final List<T> elements = new ArrayList<>();
  private boolean loaded;
  /** How to load the elements, for a collection a session read; null otherwise. */
  private Fetcher fetcher;
  /**
   * Elements added and removed since the collection was loaded or last flushed; empty and shared
   * until the first change, as most collections are only read.
   */
  private List<T> added = List.of();
  private List<T> removed = List.of();
  /** The object holding this, and its relationship, once a session holds it: to keep references in step. */
  private Object owner;
  private CollectionRelation<Object, T> relation;

  /** An empty collection, for a new object. */
  public ToMany() {
    this.loaded = true;
  }

  /** A collection of these objects, for a new object. */
  @SafeVarargs
  public static <T> ToMany<T> of(T... elements) {
    ToMany<T> many = new ToMany<>();
    many.addAll(List.of(elements));
    return many;
  }

  /** A collection of the row's objects, loaded on first use; for generated code. */
  public static <T> ToMany<T> stored() {
    ToMany<T> many = new ToMany<>();
    many.loaded = false;
    return many;
  }

  /**
   * The collection of an object just read, for generated code: the one its constructor made,
   * emptied to be loaded on first use, or a new one if it made none.
   */
  public static <T> ToMany<T> stored(ToMany<T> held) {
    if (held == null) {
      return stored();
    }
    held.elements.clear();
    held.settled();
    held.loaded = false;
    return held;
  }

  /** Whether the elements are in memory, so that reading them sends no statement. */
  public boolean isLoaded() {
    return loaded;
  }

  @Override
  public T get(int index) {
    return loadedElements().get(index);
  }

  @Override
  public int size() {
    return loadedElements().size();
  }

  /**
   * Adds the object; within a session its reference follows at once, leaving the collection of its
   * previous owner.
   */
  @Override
  public void add(int index, T element) {
    loadedElements().add(index, element);
    noteAdded(element);
    modCount++;
    if (relation != null) {
      relation.added(owner, element);
    }
  }

  /**
   * Reorders the elements in memory in one step: no element joins or leaves, so nothing is saved,
   * and no element is looked for in the list ({@link #set} does that, once per index).
   */
  @Override
  public void sort(Comparator<? super T> order) {
    loadedElements().sort(order);
    modCount++;
  }

  /**
   * Replaces the object at the index. An object that stays in the collection elsewhere is neither
   * removed nor added: reordering the list by setting its indexes in turn ({@code
   * Collections.reverse}, {@code swap}), where an element is briefly in two places, changes no row.
   */
  @Override
  public T set(int index, T element) {
    List<T> loaded = loadedElements();
    boolean present = containsSame(element);
    T previous = loaded.set(index, element);
    if (previous == element) {
      return previous;
    }
    if (!containsSame(previous)) {
      noteRemoved(previous);
      if (relation != null) {
        relation.removed(owner, previous);
      }
    }
    if (!present) {
      noteAdded(element);
      if (relation != null) {
        relation.added(owner, element);
      }
    }
    return previous;
  }

  /** Removes the object; within a session its reference is emptied at once. */
  @Override
  public T remove(int index) {
    T previous = loadedElements().remove(index);
    noteRemoved(previous);
    modCount++;
    if (relation != null) {
      relation.removed(owner, previous);
    }
    return previous;
  }

  @Override
  public boolean addAll(Collection<? extends T> more) {
    return super.addAll(size(), more);
  }

  /** Shows the elements once loaded; never loads them to print. */
  @Override
  public String toString() {
    return loaded ? super.toString() : "ToMany[not loaded]";
  }

  private List<T> loadedElements() {
    if (!loaded) {
      if (fetcher == null) {
        throw new KilnException(
            "This collection was not loaded and has no session to load it;"
                + " read its owner through a session, or load it eagerly with query().load(...)");
      }
      fetcher.fetch();
      if (!loaded) {
        throw new IllegalStateException("Loading the collection did not fill it");
      }
    }
    return elements;
  }

  private void noteAdded(T element) {
    if (!removeSame(removed, element)) {
      if (added.isEmpty()) {
        added = new ArrayList<>();
      }
      added.add(element);
    }
  }

  private void noteRemoved(T element) {
    if (!removeSame(added, element)) {
      if (removed.isEmpty()) {
        removed = new ArrayList<>();
      }
      removed.add(element);
    }
  }

  /** Removes this very object, not one equal to it: two records of equal values are two rows. */
  private static <T> boolean removeSame(List<T> list, T element) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == element) {
        list.remove(i);
        return true;
      }
    }
    return false;
  }

  // ---- for the runtime ------------------------------------------------------------------------

  void attach(Fetcher fetcher) {
    this.fetcher = fetcher;
  }

  @SuppressWarnings("unchecked") // the owner is an object of the relationship's model
  void link(Object owner, CollectionRelation<?, T> relation) {
    this.owner = owner;
    this.relation = (CollectionRelation<Object, T>) relation;
  }

  /** Whether this very object is an element in memory. */
  boolean containsSame(T element) {
    for (T each : elements) {
      if (each == element) {
        return true;
      }
    }
    return false;
  }

  /**
   * Adds or removes an element the other side moved (its reference was set), tracked as if done
   * here: an element moved away is no longer among this collection's added ones (the flush must not
   * pull it back), one moved in is among them (the flush saves it if it is new), and one put back
   * after it was removed is no orphan.
   */
  void follow(T element, boolean joined) {
    if (joined) {
      if (!containsSame(element)) {
        elements.add(element);
        noteAdded(element);
        modCount++;
      }
    } else if (removeSame(elements, element)) {
      noteRemoved(element);
      modCount++;
    }
  }

  /** The elements in memory, without loading; empty while not loaded. */
  List<T> elementsInMemory() {
    return elements;
  }

  void load(List<T> loadedElements) {
    startLoad();
    elements.addAll(loadedElements);
    loaded = true;
  }

  /** Empties the collection for elements to be appended one by one, then {@link #finishLoad}. */
  void startLoad() {
    elements.clear();
    added = List.of();
    removed = List.of();
  }

  void appendLoaded(T element) {
    elements.add(element);
  }

  void finishLoad() {
    loaded = true;
  }

  /** Puts {@code replacement} where this very object {@code element} is: a record's stored copy. */
  void replaceSame(T element, T replacement) {
    for (int i = 0; i < elements.size(); i++) {
      if (elements.get(i) == element) {
        elements.set(i, replacement);
      }
    }
  }

  List<T> added() {
    return added;
  }

  List<T> removed() {
    return removed;
  }

  void settled() {
    added = List.of();
    removed = List.of();
  }
}
