package dev.kiln.bench;

import dev.kiln.Database;
import dev.kiln.query.Lock;
import dev.kiln.session.Session;
import java.util.List;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * W9's transfer in Kiln's documented idiom (README, "Transactions and concurrency"): one {@link
 * Database} for every thread, a {@code db.transaction(session -> ...)} block per transfer that
 * gets both rows with {@code session.get(TABLE, key, Lock.FOR_UPDATE)} in key order and changes
 * the balances; the block commits by returning, and Kiln runs it again after a deadlock,
 * serialization failure or busy database (its default {@code RetryPolicy}). Kiln does not report
 * its retries, so the block counts its runs.
 *
 * <p>On SQLite the block begins with {@code BEGIN IMMEDIATE} at its first statement (a block that
 * writes declares it), and Kiln queues the Database's writers in the process, first come first
 * served, before they take SQLite's lock.
 */
@State(Scope.Benchmark)
public class KilnTransfer {
  private Database database;

  @Setup(Level.Trial)
  public void setUp(Accounts accounts) {
    database = Database.connect(accounts.kilnUrl, List.of(AccountTable.TABLE));
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    database.close();
  }

  /**
   * Moves {@code amount} from account {@code from} to account {@code to}, unless {@code from}
   * holds less (then both rows are read and locked and nothing is written).
   *
   * @return how many times the block ran again
   */
  public int transfer(long from, long to, long amount) {
    int[] runs = {0};
    database.transaction(
        session -> {
          runs[0]++;
          Account first = lock(session, Math.min(from, to));
          Account second = lock(session, Math.max(from, to));
          Account source = first.id == from ? first : second;
          Account target = source == first ? second : first;
          if (source.balance >= amount) {
            source.balance -= amount;
            target.balance += amount;
          }
        });
    return runs[0] - 1;
  }

  private static Account lock(Session session, long id) {
    return session.get(AccountTable.TABLE, id, Lock.FOR_UPDATE).orElseThrow();
  }
}
