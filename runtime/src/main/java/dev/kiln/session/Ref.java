package dev.kiln.session;

/**
 * What {@link Session#add} returns: a handle on the object as the database will hold it. After the
 * object is flushed or committed, {@link #get()} returns it with its generated key: the same object
 * for a mutable class (whose key field is set too), or a copy carrying the key for a record, since
 * a record cannot change.
 */
public final class Ref<T> {
  private final T added;
  private T persisted;

  Ref(T added) {
    this.added = added;
  }

  /** The stored object, with its key. */
  public T get() {
    if (persisted == null) {
      throw new IllegalStateException(
          "This " + added.getClass().getSimpleName() + " is not stored yet: call session.commit() first.");
    }
    return persisted;
  }

  /** Whether the object has been written in the current or a committed transaction. */
  public boolean isStored() {
    return persisted != null;
  }

  void stored(T withKey) {
    persisted = withKey;
  }

  void forget() {
    persisted = null;
  }

  @Override
  public String toString() {
    return "Ref[" + (persisted != null ? persisted : added) + (persisted != null ? "]" : ", not stored]");
  }
}
