package dev.kiln.session;

import dev.kiln.Isolation;
import dev.kiln.dialect.Dialect;
import java.time.Duration;

/**
 * What a session's transaction was asked to be.
 *
 * @param isolation the level, or null for the database's default
 * @param readOnly whether writes and locks are refused
 * @param writes whether the work declared that it will write: on a database that locks as the
 *     transaction begins (SQLite), the transaction then begins, with the write lock, at the first
 *     statement, so that what it reads and what it writes are one serializable unit
 * @param timeout how long the transaction may take, from the session's opening to its last
 *     statement, or null for no limit
 */
record TransactionOptions(Isolation isolation, boolean readOnly, boolean writes, Duration timeout) {
  /** A plain session's: the database's default level, reads outside a transaction until the first write. */
  static final TransactionOptions SESSION = new TransactionOptions(null, false, false, null);

  /** A read-only session's: reads alone, writes refused, and rows not tracked. */
  static final TransactionOptions READ_ONLY_SESSION = new TransactionOptions(null, true, false, null);

  /** Whether even a read must run inside the transaction, which then begins at the first statement. */
  boolean beginsAtFirstStatement(Dialect dialect) {
    return (isolation != null && isolation != Isolation.READ_COMMITTED)
        || (writes && dialect.locksWhenTransactionBegins());
  }
}
