package dev.kiln.it.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiln.Connection;
import dev.kiln.Database;
import dev.kiln.error.QueryTimeoutException;
import dev.kiln.query.Predicate;
import dev.kiln.session.Session;
import dev.kiln.testing.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Statement timeouts, per query, per transaction block and per Database: a statement that runs
 * past its limit is cancelled on the server with the typed {@link QueryTimeoutException}, its
 * transaction is rolled back, and the connection serves the next statement.
 */
class TimeoutTest {
  private static final int ESSAYS = 2_000;
  /**
   * Never matches, after comparing 300 characters at each of the 2,000 positions of every essay:
   * seconds in all, checked row by row for a cancel. (A pattern such as {@code %a%b} would not do:
   * both databases give up on it as soon as one wildcard has scanned to the end.)
   */
  private static final Predicate<Essay> SLOW = EssayTable.BODY.like("%" + "a".repeat(300) + "b%");
  private static final Duration LIMIT = Duration.ofMillis(300);

  private static Database essays(Database.Settings settings) {
    Database database = settings.tables(List.of(EssayTable.TABLE)).connect();
    database.createAll();
    List<Essay> essays = new ArrayList<>();
    for (int i = 0; i < ESSAYS; i++) {
      essays.add(new Essay("a".repeat(2_000)));
    }
    database.transaction(session -> session.addAll(essays));
    return database;
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aQueryPastItsTimeoutIsCancelledAndTheSessionGoesOnAfterRollback(TestDatabase kind) {
    try (Database database = essays(Database.configure(kind.freshUrl()));
        Session session = database.openSession()) {
      session.add(new Essay("written before the slow query"));
      long started = System.nanoTime();
      assertThatThrownBy(() -> new EssayDao(session).query().where(SLOW).timeout(LIMIT).all())
          .isInstanceOf(QueryTimeoutException.class)
          .hasMessageContaining("timeout of 300 ms");
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));

      session.rollback();
      assertThat(new EssayDao(session).query().count()).isEqualTo(ESSAYS);
      assertThat(database.poolStats().discarded()).as("a cancelled statement leaves its connection usable").isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aBlockPastItsTimeoutRunsNoFurtherStatementAndWritesNothing(TestDatabase kind) {
    try (Database database = essays(Database.configure(kind.freshUrl()))) {
      assertThatThrownBy(() -> database.transaction().timeout(LIMIT).run(session -> {
        session.add(new Essay("first"));
        session.flush();
        sleep(LIMIT.plusMillis(100));
        session.add(new Essay("second"));
      }))
          .isInstanceOf(QueryTimeoutException.class)
          .hasMessageContaining("ran past its timeout of 300 ms");
      long stored = database.transactionResult(session -> new EssayDao(session).query().count());
      assertThat(stored).isEqualTo(ESSAYS);

      assertThatThrownBy(() -> database.transaction().timeout(LIMIT).run(
              session -> new EssayDao(session).query().where(SLOW).all()))
          .isInstanceOf(QueryTimeoutException.class);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void theDatabaseStatementTimeoutCancelsCoreStatementsAndSessionsAlike(TestDatabase kind) {
    try (Database database = essays(Database.configure(kind.freshUrl()).statementTimeout(LIMIT))) {
      try (Connection connection = database.openConnection()) {
        assertThatThrownBy(() -> connection.execute(EssayTable.TABLE.select().where(SLOW)).all())
            .isInstanceOf(QueryTimeoutException.class);
        assertThat(connection.execute(EssayTable.TABLE.select().where(EssayTable.ID.eq(1))).all()).hasSize(1);
      }
      assertThatThrownBy(() -> database.transaction(session -> new EssayDao(session).query().where(SLOW).all()))
          .isInstanceOf(QueryTimeoutException.class);
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
