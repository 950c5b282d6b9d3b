package dev.kiln.error;

/**
 * Optimistic locking found a stale object: the row of a model with a {@code @Version} column was
 * changed or deleted by another transaction since this session read it, so writing this object's
 * changes would overwrite that transaction's. The whole transaction was rolled back. Retryable: a
 * transaction block runs again, reads the row afresh and redoes its change.
 */
public final class StaleObjectException extends TransientDataAccessException {
  private static final long serialVersionUID = 1L;

  private final Class<?> modelType;
  private final transient Object key;

  public StaleObjectException(Class<?> modelType, Object key, long expectedVersion, String sql) {
    super(
        modelType.getSimpleName() + " " + key + " was changed or deleted by another transaction since it was read"
            + " (this session expected version " + expectedVersion + "), so its changes were not written and the"
            + " transaction was rolled back. Read it again and redo the change (db.transaction(...) retries).",
        sql,
        null);
    this.modelType = modelType;
    this.key = key;
  }

  /** The model whose object was stale. */
  public Class<?> modelType() {
    return modelType;
  }

  /** The stale object's primary key. */
  public Object key() {
    return key;
  }
}
