package dev.kiln.it.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiln.Database;
import dev.kiln.error.ConnectionLostException;
import dev.kiln.session.RetryPolicy;
import dev.kiln.session.Session;
import dev.kiln.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL ends the server process of a Kiln transaction midway ({@code pg_terminate_backend}
 * from another connection, as an administrator, a failover or a crash would): the transaction
 * fails with {@link ConnectionLostException}, none of its rows remain, and the same Database's next
 * transaction gets a working connection and commits. Each transaction learns its server process
 * from a row it inserts, whose default is {@code pg_backend_pid()} ({@link Probe}); the process is
 * terminated only after that insert, and gone before the transaction goes on, so nothing is timed.
 */
class ConnectionLostTest {
  @Test
  void aConnectionTerminatedMidTransactionIsConnectionLostAndLeavesNoRow() {
    String url = TestDatabase.POSTGRESQL.freshUrl();
    try (Database database = TestDatabase.createTables(url, ProbeTable.TABLE)) {
      Probe first = new Probe("first");

      assertThatThrownBy(() -> database.transaction().retry(RetryPolicy.none()).run(session -> {
        insert(session, first);
        terminate(url, first.backendPid);
        session.add(new Probe("second"));
      })).isInstanceOf(ConnectionLostException.class);

      assertThat(Specimens.countRows(url, "probe")).isZero();
      Probe after = new Probe("after");
      database.transaction().retry(RetryPolicy.none()).run(session -> session.add(after));
      assertThat(after.backendPid).isNotEqualTo(first.backendPid);
      assertThat(Specimens.countRows(url, "probe")).isEqualTo(1);
    }
  }

  @Test
  void aTransactionBlockWhoseConnectionIsTerminatedRunsAgainAndCommitsOnce() {
    String url = TestDatabase.POSTGRESQL.freshUrl();
    try (Database database = TestDatabase.createTables(url, ProbeTable.TABLE)) {
      AtomicInteger runs = new AtomicInteger();

      database.transaction(session -> {
        int run = runs.incrementAndGet();
        Probe probe = new Probe("run " + run);
        insert(session, probe);
        if (run == 1) {
          terminate(url, probe.backendPid);
        }
        session.add(new Probe("run " + run + ", second"));
      });

      assertThat(runs).hasValue(2);
      List<String> labels = database.transactionResult(session ->
          new ProbeDao(session).query().orderBy(ProbeTable.ID.asc()).select(ProbeTable.LABEL).all());
      assertThat(labels).containsExactly("run 2", "run 2, second");
    }
  }

  /** Inserts the probe now, which begins the transaction, and reads back the server process that inserted it. */
  private static void insert(Session session, Probe probe) {
    session.add(probe);
    session.flush();
    assertThat(probe.backendPid).as("the inserting server process").isNotNull();
  }

  /** Ends the server process from a connection of its own, waiting until it has exited. */
  private static void terminate(String url, int pid) {
    try (Connection admin = Specimens.jdbc(url);
        PreparedStatement terminate = admin.prepareStatement("SELECT pg_terminate_backend(?, 10000)")) {
      terminate.setInt(1, pid);
      try (ResultSet terminated = terminate.executeQuery()) {
        terminated.next();
        assertThat(terminated.getBoolean(1)).as("server process %d terminated", pid).isTrue();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot terminate server process " + pid, e);
    }
  }
}
