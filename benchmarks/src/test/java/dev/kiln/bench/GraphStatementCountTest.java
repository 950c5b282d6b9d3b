package dev.kiln.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.testing.SqlLog;
import dev.kiln.testing.TestDatabase;
import dev.kiln.testing.WireCounter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * How many statements each W7 contender sends per call, to load and walk one window of 100
 * parents, 1,000 children and 2,000 leaves. Each is counted on its second call, after a first that
 * prepares what it keeps.
 *
 * <p>On PostgreSQL every contender is counted the same way, on the wire ({@link WireCounter}, a
 * proxy reading the protocol). On both databases, the ORMs are also counted by their own means:
 * the statements Kiln logs ({@code dev.kiln.sql}) and Hibernate's {@code
 * getPrepareStatementCount()}. Hand-written JDBC's three and jOOQ's one are in their code.
 */
class GraphStatementCountTest {
  /**
   * Statements executed and round trips, as the proxy counts them. Hand-written JDBC and Kiln read
   * in autocommit: a statement per level, nothing else. Hibernate and jOOQ read in a transaction:
   * their selects, plus {@code BEGIN} and {@code COMMIT}. With {@code join fetch} and batch
   * fetching Hibernate sends two selects (the leaves by {@code child_id = any(?)}, one array of
   * 1,000 keys); jOOQ's nested multisets are one select. pgjdbc sends {@code BEGIN} as a simple
   * query ahead of the first select without waiting for it, but the proxy counts every simple
   * query as a round trip: in the transactions, one round trip fewer is waited out than counted.
   *
   * <p>Hibernate's defaults are counted on a window of 10 parents rather than 100: through the
   * proxy each round trip took some 45 ms here (it forwards each message in several small writes,
   * which Nagle's algorithm and delayed ACKs seem to hold up), so the 1,103 statements of a full
   * window took 50 s a call. A select for the
   * parents, one per parent for its children and one per child for its leaves: 1 + 10 + 100, and
   * {@link #perCallByTheOrmsOwnCounts} counts the full window's 1 + 100 + 1,000.
   */
  @Test
  void perCallOnThePostgresWire() throws Exception {
    try (GraphContenders contenders = GraphContenders.countedOnThePostgresWire()) {
      Map<String, List<Long>> counts = new LinkedHashMap<>();
      for (Map.Entry<String, Callable<GraphTotals>> benchmark : contenders.benchmarks().entrySet()) {
        if (!benchmark.getKey().equals("hibernateLazy")) {
          counts.put(benchmark.getKey(), onTheWire(contenders.wire, benchmark.getValue()));
        }
      }
      counts.put(
          "hibernateLazy, 10 parents",
          onTheWire(contenders.wire, () -> contenders.hibernate.lazy(1, 11, GraphTotals::walk)));
      assertThat(counts)
          .as("statements, round trips")
          .containsExactlyEntriesOf(
              orderedMap(
                  "jdbc", List.of(3L, 3L),
                  "jdbcByKeys", List.of(3L, 3L),
                  "kilnEager", List.of(3L, 3L),
                  "kilnWalked", List.of(3L, 3L),
                  "kilnReadOnly", List.of(3L, 3L),
                  "hibernateBatch", List.of(1 + 2 + 1L, 1 + 2 + 1L),
                  "jooq", List.of(1 + 1 + 1L, 1 + 1 + 1L),
                  "hibernateLazy, 10 parents", List.of(1 + 111 + 1L, 1 + 111 + 1L)));
    }
  }

  /**
   * Kiln's statements are one per level in every variant: the parents by their key range, their
   * children by {@code parent_id}, the children's leaves by {@code child_id}, each matched against
   * the keys bound as one parameter ({@code = ANY(?)} on PostgreSQL, {@code IN (SELECT value FROM
   * json_each(?))} on SQLite). Hibernate prepares 1,101 statements with its defaults and 2 with join fetch
   * and batch fetching, on either database: the defaults load each of the 1,100 collections by a
   * statement of its own.
   */
  /** How the dialect matches a column against keys bound as one parameter. */
  private static String keyList(TestDatabase database) {
    return database == TestDatabase.POSTGRESQL ? "= ANY(?)" : "IN (SELECT value FROM json_each(?))";
  }

  @ParameterizedTest
  @EnumSource(value = TestDatabase.class, names = {"SQLITE", "POSTGRESQL"}) // the benchmarks run on these two
  void perCallByTheOrmsOwnCounts(TestDatabase database) throws Exception {
    try (GraphContenders contenders = GraphContenders.on(database)) {
      Map<String, Callable<GraphTotals>> benchmarks = contenders.benchmarks();
      for (String kiln : List.of("kilnEager", "kilnWalked", "kilnReadOnly")) {
        benchmarks.get(kiln).call();
        try (SqlLog log = SqlLog.start()) {
          benchmarks.get(kiln).call();
          assertThat(log.statements())
              .as(kiln)
              .satisfiesExactly(
                  parents -> assertThat(parents).contains("FROM \"graph_parent\" WHERE \"id\" >= ?"),
                  children -> assertThat(children).contains("FROM \"graph_child\" WHERE \"parent_id\" " + keyList(database)),
                  leaves -> assertThat(leaves).contains("FROM \"graph_leaf\" WHERE \"child_id\" " + keyList(database)));
        }
      }
      Statistics statistics = contenders.hibernate.statistics();
      statistics.setStatisticsEnabled(true);
      Map<String, Long> hibernate = new LinkedHashMap<>();
      for (String name : List.of("hibernateLazy", "hibernateBatch")) {
        benchmarks.get(name).call();
        statistics.clear();
        benchmarks.get(name).call();
        hibernate.put(name, statistics.getPrepareStatementCount());
      }
      assertThat(hibernate).containsExactlyEntriesOf(orderedMap("hibernateLazy", 1101L, "hibernateBatch", 2L));
    }
  }

  /** Statements and round trips the call sends, its second time. */
  private static List<Long> onTheWire(WireCounter wire, Callable<?> call) throws Exception {
    call.call();
    long statements = wire.statements();
    long roundTrips = wire.roundTrips();
    call.call();
    return List.of(wire.statements() - statements, wire.roundTrips() - roundTrips);
  }

  /** The keys and values, alternating, in their order. */
  @SuppressWarnings("unchecked")
  private static <V> Map<String, V> orderedMap(Object... keysAndValues) {
    Map<String, V> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], (V) keysAndValues[i + 1]);
    }
    return map;
  }
}
