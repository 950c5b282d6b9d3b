package dev.kiln.bench;

import jakarta.persistence.LockModeType;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * W9's transfer in Hibernate ORM: one {@link SessionFactory} for every thread (the settings of
 * {@link HibernateContender}, a built-in pool of {@value Transfer#MAX_THREADS} connections), a
 * session and transaction per transfer ({@code inTransaction}) that finds both rows with {@code
 * LockModeType.PESSIMISTIC_WRITE} in key order and changes the balances; dirty checking writes
 * them at commit. Hibernate does not retry, so the transfer runs in {@link Retrying}'s loop, as
 * hand-written JDBC's does.
 *
 * <p>What the lock is depends on the dialect. On PostgreSQL Hibernate appends {@code for no key
 * update of <alias>} to the select by key: PostgreSQL's row lock for an update that leaves the key
 * alone, which excludes every other writer of the row as {@code FOR UPDATE} does (it lets foreign
 * key checks through); and it sends the two updates as one JDBC batch. The community SQLite
 * dialect appends nothing, and the transaction begins as sqlite-jdbc begins one with autocommit
 * off, deferred: the reads take no lock at all, and a transfer learns that another one is writing,
 * or wrote since its reads, only at its first update, which fails at once with {@code SQLITE_BUSY}
 * (SQLite does not wait when a transaction that has read wants to write: the wait could deadlock);
 * then it runs again. SQLite's one writer at a time keeps the sum right even so; the check at the
 * end of each trial shows it.
 *
 * <p>Hibernate logs each failed statement, in six lines on the console at WARN and INFO; those two
 * loggers are turned off here, lest a run of thousands of failures a second measure the console.
 */
@State(Scope.Benchmark)
public class HibernateTransfer {
  /** Held, because {@code java.util.logging} keeps only weak references to its loggers. */
  private static final List<Logger> FAILED_STATEMENT_LOGGERS =
      Stream.of("org.hibernate.orm.jdbc.error", "org.hibernate.orm.jdbc.batch")
          .map(Logger::getLogger)
          .toList();

  private SessionFactory factory;

  @Setup(Level.Trial)
  public void setUp(Accounts accounts) {
    FAILED_STATEMENT_LOGGERS.forEach(logger -> logger.setLevel(java.util.logging.Level.OFF));
    factory = HibernateContender.sessionFactory(accounts, Transfer.MAX_THREADS, HibernateAccount.class);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    factory.close();
  }

  /**
   * Moves {@code amount} from account {@code from} to account {@code to}, unless {@code from}
   * holds less (then both rows are read and locked and nothing is written).
   *
   * @return how many times the transaction ran again
   */
  public int transfer(long from, long to, long amount) throws SQLException {
    return Retrying.run(
        () ->
            factory.inTransaction(
                session -> {
                  HibernateAccount first = lock(session, Math.min(from, to));
                  HibernateAccount second = lock(session, Math.max(from, to));
                  HibernateAccount source = first.id == from ? first : second;
                  HibernateAccount target = source == first ? second : first;
                  if (source.balance >= amount) {
                    source.balance -= amount;
                    target.balance += amount;
                  }
                }));
  }

  private static HibernateAccount lock(Session session, long id) {
    return session.find(HibernateAccount.class, id, LockModeType.PESSIMISTIC_WRITE);
  }
}
