package dev.kiln.it.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.Database;
import dev.kiln.query.Lock;
import dev.kiln.session.Session;
import dev.kiln.testing.SqlLog;
import dev.kiln.testing.TestDatabase;
import dev.kiln.testing.WireCounter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * What a read costs on the wire: statements executed and round trips waited for, counted by a
 * proxy that reads PostgreSQL's protocol (and, for SQLite, the statements Kiln runs). A read outside
 * a transaction is one statement in one round trip, and a session that began no transaction sends
 * nothing when it closes.
 */
class RoundTripTest {
  @Test
  void aGetInAFreshSessionIsOneStatementInOneRoundTripAndClosingItSendsNothing() {
    measure((database, jdbc, ids) -> {
      try (Session session = database.openSession()) {
        assertThat(session.get(WalletTable.TABLE, ids.get(0))).isPresent();
      }
    }, 1, 1);
  }

  @Test
  void aTenRowQueryIsOneStatementInOneRoundTrip() {
    measure((database, jdbc, ids) -> {
      try (Session session = database.openSession()) {
        assertThat(new WalletDao(session).query().where(WalletTable.ID.between(ids.get(0), ids.get(9))).all())
            .hasSize(10);
      }
    }, 1, 1);
  }

  @Test
  void aReadOnlySessionsListAndGetAreOneRoundTripEach() {
    measure((database, jdbc, ids) -> {
      try (Session session = database.openReadOnlySession()) {
        assertThat(new WalletDao(session).query().where(WalletTable.ID.between(ids.get(0), ids.get(9))).all())
            .hasSize(10);
        assertThat(session.get(WalletTable.TABLE, ids.get(0))).isPresent();
      }
    }, 2, 2);
  }

  @Test
  void aReadOnlyBlockOfTwoReadsIsTwoRoundTripsWithNoTransaction() {
    measure((database, jdbc, ids) -> database.transaction().readOnly().run(session -> {
      session.get(WalletTable.TABLE, ids.get(0)).orElseThrow();
      new WalletDao(session).query().count();
    }), 2, 2);
  }

  /**
   * A transfer under row locks costs what hand-written JDBC does (BEGIN goes out with the first
   * locking read; then the second read, two updates and COMMIT), counted on the same wire.
   */
  @Test
  void aLockedTransferCostsTheRoundTripsOfHandWrittenJdbc() {
    long[] byHand = new long[2];
    measure((database, jdbc, ids) -> jdbcTransfer(jdbc, ids), counts -> System.arraycopy(counts, 0, byHand, 0, 2));
    measure((database, jdbc, ids) -> database.transaction(session -> {
      session.get(WalletTable.TABLE, ids.get(0), Lock.FOR_UPDATE).orElseThrow().balance -= 1;
      session.get(WalletTable.TABLE, ids.get(1), Lock.FOR_UPDATE).orElseThrow().balance += 1;
    }), counts -> assertThat(counts).as("statements, round trips").containsExactly(byHand));
    assertThat(byHand[0]).as("BEGIN, two SELECTs, two UPDATEs, COMMIT").isEqualTo(6);
  }

  /** On SQLite every statement is a call into the library: a get is one, with no BEGIN or ROLLBACK. */
  @Test
  void aGetOnSqliteRunsOneStatement() {
    try (Database database = Wallets.create(TestDatabase.SQLITE, 2, 1)) {
      int id = database.transactionResult(session -> new WalletDao(session).query().first().orElseThrow().id);
      try (SqlLog log = SqlLog.start()) {
        try (Session session = database.openSession()) {
          session.get(WalletTable.TABLE, id).orElseThrow();
        }
        assertThat(log.statements()).hasSize(1).first().asString().startsWith("SELECT");
      }
    }
  }

  private interface Work {
    void run(Database database, Connection jdbc, List<Integer> ids) throws SQLException;
  }

  /** Runs the work three times (the first runs prepare statements) and checks the third run's counts. */
  private static void measure(Work work, long statements, long roundTrips) {
    measure(work, counts -> {
      assertThat(counts[0]).as("statements").isEqualTo(statements);
      assertThat(counts[1]).as("round trips").isEqualTo(roundTrips);
    });
  }

  private static void measure(Work work, Consumer<long[]> check) {
    String direct = TestDatabase.POSTGRESQL.freshUrl();
    try (Database setup = TestDatabase.createTables(direct, WalletTable.TABLE)) {
      setup.transaction(session -> {
        for (int i = 0; i < 10; i++) {
          session.add(new Wallet("w" + i, 100));
        }
      });
    }
    try (WireCounter counter = WireCounter.inFrontOf(direct);
        Database database = Database.connect(counter.route(direct), List.of(WalletTable.TABLE));
        Connection jdbc = DriverManager.getConnection(counter.route(direct))) {
      List<Integer> ids = database.transactionResult(session ->
          new WalletDao(session).query().orderBy(WalletTable.ID.asc()).all().stream().map(w -> w.id).toList());
      for (int warmup = 0; warmup < 6; warmup++) {
        work.run(database, jdbc, ids);
      }
      long statementsBefore = counter.statements();
      long roundTripsBefore = counter.roundTrips();
      work.run(database, jdbc, ids);
      check.accept(new long[] {counter.statements() - statementsBefore, counter.roundTrips() - roundTripsBefore});
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  /** The transfer as a careful JDBC programmer writes it, on a connection of the proxy's. */
  private static void jdbcTransfer(Connection jdbc, List<Integer> ids) throws SQLException {
    jdbc.setAutoCommit(false);
    try (PreparedStatement lock = jdbc.prepareStatement(
            "SELECT \"balance\" FROM \"wallet\" WHERE \"id\" = ? FOR UPDATE");
        PreparedStatement update = jdbc.prepareStatement("UPDATE \"wallet\" SET \"balance\" = ? WHERE \"id\" = ?")) {
      long[] balances = new long[2];
      for (int i = 0; i < 2; i++) {
        lock.setInt(1, ids.get(i));
        try (ResultSet row = lock.executeQuery()) {
          row.next();
          balances[i] = row.getLong(1);
        }
      }
      for (int i = 0; i < 2; i++) {
        update.setLong(1, balances[i] + (i == 0 ? -1 : 1));
        update.setInt(2, ids.get(i));
        update.executeUpdate();
      }
      jdbc.commit();
    } finally {
      jdbc.setAutoCommit(true);
    }
  }
}
