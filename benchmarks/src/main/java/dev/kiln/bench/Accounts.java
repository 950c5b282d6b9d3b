package dev.kiln.bench;

import dev.kiln.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * W9's table: {@code accounts} rows of {@code account} (keys 1 to {@code accounts}), each opening
 * with {@link #OPENING_BALANCE}, in a database made once per trial ({@link BenchDatabase}) and
 * shared by every thread. The table is created by Kiln's {@code createAll()} and filled by plain
 * JDBC. At the end of the trial the balances must still add up to what they opened with, none
 * below zero; otherwise the trial fails ({@link #verifyBalances}).
 */
@State(Scope.Benchmark)
public class Accounts extends BenchDatabase {
  static final String SCHEMA = "kiln_transfer";
  /** Far above what a trial's transfers of at most {@link Transfer#MAX_AMOUNT} can take away. */
  static final long OPENING_BALANCE = 1_000_000_000L;

  /**
   * 10: four threads' transfers often want the same rows; 1,000: seldom (SQLite has one write
   * lock for the whole database, so there every writer waits for every other anyway).
   */
  @Param({"10", "1000"})
  public int accounts;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    open(SCHEMA);
    try (Database database = Database.connect(kilnUrl, List.of(AccountTable.TABLE))) {
      database.createAll();
    }
    try (Connection c = connect();
        PreparedStatement insert = c.prepareStatement("INSERT INTO account (id, balance) VALUES (?, ?)")) {
      for (long id = 1; id <= accounts; id++) {
        insert.setLong(1, id);
        insert.setLong(2, OPENING_BALANCE);
        insert.addBatch();
      }
      insert.executeBatch();
      c.commit();
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    try {
      verifyBalances();
    } finally {
      close();
    }
  }

  /** Throws unless every account is there, none below zero, and the balances add up as they opened. */
  void verifyBalances() throws SQLException {
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*), sum(balance), min(balance) FROM account")) {
      rs.next();
      long count = rs.getLong(1);
      long sum = rs.getLong(2);
      long lowest = rs.getLong(3);
      c.commit();
      if (count != accounts || sum != accounts * OPENING_BALANCE || lowest < 0) {
        throw new IllegalStateException(
            "W9 broke the accounts: " + count + " accounts holding " + sum + " in all, the lowest "
                + lowest + "; expected " + accounts + " holding " + accounts * OPENING_BALANCE);
      }
    }
  }
}
