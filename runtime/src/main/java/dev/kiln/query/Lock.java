package dev.kiln.query;

/**
 * A row lock a query takes on the rows it returns, held until its transaction ends: SQL's {@code
 * FOR UPDATE}. On SQLite, which has no row locks, the transaction begins with {@code BEGIN
 * IMMEDIATE} instead, which takes the database's one write lock.
 */
public enum Lock {
  /** {@code FOR UPDATE}: waits for rows another transaction has locked. */
  FOR_UPDATE(" FOR UPDATE"),
  /** {@code FOR UPDATE NOWAIT}: fails at once with a lock-not-available error instead of waiting. */
  FOR_UPDATE_NOWAIT(" FOR UPDATE NOWAIT"),
  /** {@code FOR UPDATE SKIP LOCKED}: leaves out the rows another transaction has locked (a queue). */
  FOR_UPDATE_SKIP_LOCKED(" FOR UPDATE SKIP LOCKED");

  private final String sql;

  Lock(String sql) {
    this.sql = sql;
  }

  /** The clause, with a leading space. */
  public String sql() {
    return sql;
  }
}
