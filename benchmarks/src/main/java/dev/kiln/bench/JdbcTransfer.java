package dev.kiln.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * W9's transfer in hand-written JDBC, as a careful programmer writes it: one connection per thread,
 * each statement prepared once; both rows read with a lock in key order (so that two transfers
 * never deadlock), both written with {@code executeUpdate}, one commit; the transaction run again
 * by {@link Retrying} after a deadlock, serialization failure or busy database.
 *
 * <p>PostgreSQL: autocommit off, {@code SELECT balance ... FOR UPDATE}. SQLite has no row locks:
 * the connection stays in autocommit mode (so that the driver begins nothing itself) and each
 * transaction is {@code BEGIN IMMEDIATE} ... {@code COMMIT}, which takes the database's one write
 * lock before the first read; a writer that finds it taken waits on the busy timeout (5 s).
 */
@State(Scope.Thread)
public class JdbcTransfer {
  private Connection connection;
  private boolean sqlite;
  private PreparedStatement beginImmediate;
  private PreparedStatement commit;
  private PreparedStatement rollback;
  private PreparedStatement lockBalance;
  private PreparedStatement updateBalance;

  @Setup(Level.Trial)
  public void setUp(Accounts accounts) throws SQLException {
    sqlite = accounts.sqlite();
    connection = accounts.connect();
    if (sqlite) {
      connection.setAutoCommit(true);
      beginImmediate = connection.prepareStatement("BEGIN IMMEDIATE");
      commit = connection.prepareStatement("COMMIT");
      rollback = connection.prepareStatement("ROLLBACK");
    }
    String lock = sqlite ? "" : " FOR UPDATE";
    lockBalance = connection.prepareStatement("SELECT balance FROM account WHERE id = ?" + lock);
    updateBalance = connection.prepareStatement("UPDATE account SET balance = ? WHERE id = ?");
  }

  @TearDown(Level.Trial)
  public void tearDown() throws SQLException {
    connection.close();
  }

  /**
   * Moves {@code amount} from account {@code from} to account {@code to}, unless {@code from}
   * holds less (then both rows are read and locked and nothing is written).
   *
   * @return how many times the transaction ran again
   */
  public int transfer(long from, long to, long amount) throws SQLException {
    return Retrying.run(() -> move(from, to, amount));
  }

  private void move(long from, long to, long amount) throws SQLException {
    if (sqlite) {
      beginImmediate.execute();
    }
    try {
      long first = Math.min(from, to);
      long second = Math.max(from, to);
      long firstBalance = lockedBalance(first);
      long secondBalance = lockedBalance(second);
      long fromBalance = from == first ? firstBalance : secondBalance;
      if (fromBalance >= amount) {
        setBalance(from, fromBalance - amount);
        setBalance(to, (to == first ? firstBalance : secondBalance) + amount);
      }
      if (sqlite) {
        commit.execute();
      } else {
        connection.commit();
      }
    } catch (SQLException | RuntimeException failure) {
      try {
        if (sqlite) {
          rollback.execute();
        } else {
          connection.rollback();
        }
      } catch (SQLException rollbackFailure) {
        failure.addSuppressed(rollbackFailure);
      }
      throw failure;
    }
  }

  private long lockedBalance(long id) throws SQLException {
    lockBalance.setLong(1, id);
    // Closing the result set resets the statement, which SQLite needs before a commit.
    try (ResultSet rs = lockBalance.executeQuery()) {
      if (!rs.next()) {
        throw new IllegalStateException("no account " + id);
      }
      return rs.getLong(1);
    }
  }

  private void setBalance(long id, long balance) throws SQLException {
    updateBalance.setLong(1, balance);
    updateBalance.setLong(2, id);
    if (updateBalance.executeUpdate() != 1) {
      throw new IllegalStateException("no account " + id + " to update");
    }
  }
}
