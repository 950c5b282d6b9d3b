package dev.kiln;

/**
 * A transaction's isolation level, as SQL names them. PostgreSQL runs each as it says (its default
 * is {@link #READ_COMMITTED}). SQLite has one level: a transaction sees one snapshot of the database
 * and writers take turns, which is {@link #SERIALIZABLE}; every level maps to it there.
 */
public enum Isolation {
  /** Each statement sees the rows committed before it began. */
  READ_COMMITTED("READ COMMITTED"),
  /** Every statement sees the snapshot taken at the transaction's first statement. */
  REPEATABLE_READ("REPEATABLE READ"),
  /**
   * As if the transactions ran one after another; one that cannot be ordered fails with a
   * retryable serialization failure.
   */
  SERIALIZABLE("SERIALIZABLE");

  private final String sql;

  Isolation(String sql) {
    this.sql = sql;
  }

  /** The level as SQL writes it: {@code REPEATABLE READ}. */
  public String sql() {
    return sql;
  }
}
