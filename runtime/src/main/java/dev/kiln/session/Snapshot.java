package dev.kiln.session;

/**
 * What a session holds for one row: the object it hands out for the row, and the row's column
 * values as the session last read or wrote them, against which a flush finds what the application
 * changed. The processor generates one subclass per model that keeps the values in typed fields
 * (or, for an immutable model, keeps the object itself), so that a tracked row costs one small
 * object: no array, no boxing.
 *
 * @param <T> the model
 */
public abstract class Snapshot<T> {
  /** The session's instance for the row. */
  T entity;
  /** The handle {@link Session#add} gave out for the row, if any. */
  Ref<T> ref;
  /** The row the session took after this one, of the same table ({@link HeldRows}' chain). */
  Snapshot<?> next;
  /** The flush that inserted the row, whose dirty check can skip it: its values were just taken. */
  int insertedBy;
  /**
   * Set for an object staged by {@link Session#update} that the session never loaded: its row's
   * values are unknown, so every column counts as changed.
   */
  boolean unknown;
  /** Set once the session no longer holds the row: it was deleted. */
  boolean released;

  /** Takes the object's current values: the generated constructor calls {@link #take} next. */
  protected Snapshot(T entity) {
    this.entity = entity;
  }

  /**
   * Makes the object the row's instance and takes its values, which the database now holds: the
   * session wrote them, or read them back from a bulk statement.
   */
  final void retake(T current) {
    entity = current;
    take(current);
    unknown = false;
  }

  /** The key the taken values hold, as {@code TableDef.key} gives it. */
  public abstract Object key();

  /** Takes the object's current column values, replacing those taken before. */
  public abstract void take(T entity);

  /**
   * Sets {@code changed[column]}, for every column in declaration order, to whether the object's
   * value differs from the taken one.
   */
  public abstract void compare(T entity, boolean[] changed);
}
