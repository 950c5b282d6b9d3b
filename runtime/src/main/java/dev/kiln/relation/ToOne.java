package dev.kiln.relation;

import dev.kiln.error.KilnException;

/**
 * The target of a {@code @ManyToOne} reference: a book's author. A new object's holder is empty
 * ({@code new ToOne<>()}) or made with {@link #of}; one a session read holds the target's key and
 * loads the target on first {@link #get()}, together with the targets of every other object the
 * same query returned, in one statement.
 *
 * <p>Not thread-safe, like the session that loads it.
 *
 * @param <T> the target model
 */
public final class ToOne<T> {
  /** The target's key as the row holds it: as read, or as last committed; meaningful while not {@link #changed}. */
  private Object key;
  private T target;
  private boolean loaded;
  /** How to load the target, for a holder a session read; null otherwise. */
  private Fetcher fetcher;
  /** Whether the application set the target since the holder was read. */
  private boolean changed;
  /**
   * Set while a flush inserts the owner before the new target it refers to, the two referring to
   * each other: the row's column holds NULL until the flush updates it.
   */
  private boolean deferred;
  /** The object holding this, and its relationship, once a session holds it: to keep collections in step. */
  private Object owner;
  private ManyToOneRelation<Object, T> relation;

  /** A holder with no target. */
  public ToOne() {
    this.loaded = true;
  }

  /** A holder of this target (null for none). */
  public static <T> ToOne<T> of(T target) {
    ToOne<T> holder = new ToOne<>();
    holder.assign(target);
    return holder;
  }

  /** A holder of the row's reference, loaded on first use; for generated code. */
  public static <T> ToOne<T> stored(Object key) {
    ToOne<T> holder = new ToOne<>();
    holder.key = key;
    holder.loaded = key == null;
    return holder;
  }

  /**
   * The target, loaded on first call with those of every object the same query returned; null if
   * the reference is empty.
   *
   * @throws KilnException if the target is not loaded and the holder was not read by a session
   *     that can load it
   */
  public T get() {
    if (!loaded) {
      if (fetcher == null) {
        throw new KilnException(
            "This reference to the row with key " + key + " was not loaded and has no session to load it;"
                + " read the object through a session, or load the reference eagerly with query().load(...)");
      }
      fetcher.fetch();
      if (!loaded) {
        throw new IllegalStateException("Loading the reference to key " + key + " did not fill it");
      }
    }
    return target;
  }

  /**
   * Refers to this target (null for none); saved on the next flush. Within a session, the loaded
   * collections on the other side follow at once: the owner leaves the old target's and joins the
   * new one's.
   */
  public void set(T target) {
    T previous = loaded ? this.target : null;
    assign(target);
    if (relation != null && previous != target) {
      relation.moved(owner, previous, target);
    }
  }

  /** Whether the target is in memory, so that {@link #get()} sends no statement. */
  public boolean isLoaded() {
    return loaded;
  }

  /**
   * The key of the row referred to as it was read or last committed, without loading it; null for
   * none, for a new holder, or for one whose target was set since and not committed yet.
   */
  public Object storedKey() {
    return changed ? null : key;
  }

  // ---- for the runtime ------------------------------------------------------------------------

  /** The target set or loaded, without loading; null when none is in memory. */
  T targetInMemory() {
    return target;
  }

  Object rawKey() {
    return key;
  }

  boolean changed() {
    return changed;
  }

  boolean deferred() {
    return deferred;
  }

  void defer(boolean deferred) {
    this.deferred = deferred;
  }

  void attach(Fetcher fetcher) {
    this.fetcher = fetcher;
  }

  /** Sets the target without touching the other side, which the caller keeps in step. */
  void assign(T target) {
    this.target = target;
    this.loaded = true;
    this.changed = true;
    this.key = null;
  }

  @SuppressWarnings("unchecked") // the owner is an object of the relationship's model
  void link(Object owner, ManyToOneRelation<?, T> relation) {
    this.owner = owner;
    this.relation = (ManyToOneRelation<Object, T>) relation;
  }

  /** Keeps the target set, now stored in the row under {@code key}. */
  void settle(Object key) {
    this.key = key;
    this.changed = false;
  }

  void load(T target) {
    this.target = target;
    this.loaded = true;
  }

  void reset(Object key) {
    this.key = key;
    this.target = null;
    this.loaded = key == null;
    this.changed = false;
  }

  /** Names the target by key, never by its own text, which may name this holder's owner in turn. */
  @Override
  public String toString() {
    if (key != null && !changed) {
      return loaded ? "ToOne[key " + key + "]" : "ToOne[key " + key + ", not loaded]";
    }
    return target == null ? "ToOne[none]" : "ToOne[new " + target.getClass().getSimpleName() + "]";
  }
}
