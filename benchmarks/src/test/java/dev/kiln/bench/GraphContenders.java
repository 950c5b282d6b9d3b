package dev.kiln.bench;

import dev.kiln.testing.TestDatabase;
import dev.kiln.testing.WireCounter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * W7's fixture on a fresh database, every contender set up on it and the workload itself, as JMH
 * trials would have them (but all at once, on one fixture); closing tears them down. For the W7
 * smoke tests.
 */
final class GraphContenders implements AutoCloseable {
  final GraphFixture fixture = new GraphFixture();
  final JdbcGraphContender jdbc = new JdbcGraphContender();
  final KilnGraphContender kiln = new KilnGraphContender();
  final HibernateGraphContender hibernate = new HibernateGraphContender();
  final JooqGraphContender jooq = new JooqGraphContender();
  final Graph workload = new Graph();
  /** The proxy every contender's connections go through, if counting; null otherwise. */
  final WireCounter wire;

  private GraphContenders(TestDatabase database, boolean countOnTheWire) throws Exception {
    fixture.db = database == TestDatabase.SQLITE ? "sqlite" : "postgresql";
    if (database == TestDatabase.POSTGRESQL) {
      fixture.givenPostgresUrl = database.freshUrl();
    }
    fixture.setUp();
    if (countOnTheWire) {
      // The fixture loads its rows directly; the contenders, set up after, connect through the proxy.
      wire = WireCounter.inFrontOf(fixture.jdbcUrl);
      fixture.jdbcUrl = wire.route(fixture.jdbcUrl);
      fixture.kilnUrl = fixture.jdbcUrl;
    } else {
      wire = null;
    }
    jdbc.setUp(fixture);
    kiln.setUp(fixture);
    hibernate.setUp(fixture);
    jooq.setUp(fixture);
    workload.setUp(fixture);
  }

  /** On a fresh database of that kind. */
  static GraphContenders on(TestDatabase database) throws Exception {
    return new GraphContenders(database, false);
  }

  /** On a fresh PostgreSQL schema, every contender connecting through a {@link WireCounter}. */
  static GraphContenders countedOnThePostgresWire() throws Exception {
    return new GraphContenders(TestDatabase.POSTGRESQL, true);
  }

  /** Every W7 benchmark method, by name, bound to its contender, in {@link Graph}'s order. */
  Map<String, Callable<GraphTotals>> benchmarks() {
    Map<String, Callable<GraphTotals>> benchmarks = new LinkedHashMap<>();
    benchmarks.put("jdbc", () -> workload.jdbc(jdbc));
    benchmarks.put("jdbcByKeys", () -> workload.jdbcByKeys(jdbc));
    benchmarks.put("kilnEager", () -> workload.kilnEager(kiln));
    benchmarks.put("kilnWalked", () -> workload.kilnWalked(kiln));
    benchmarks.put("kilnReadOnly", () -> workload.kilnReadOnly(kiln));
    benchmarks.put("hibernateLazy", () -> workload.hibernateLazy(hibernate));
    benchmarks.put("hibernateBatch", () -> workload.hibernateBatch(hibernate));
    benchmarks.put("jooq", () -> workload.jooq(jooq));
    return benchmarks;
  }

  @Override
  public void close() throws Exception {
    try {
      jooq.tearDown();
      hibernate.tearDown();
      kiln.tearDown();
      jdbc.tearDown();
      fixture.tearDown();
    } finally {
      if (wire != null) {
        wire.close();
      }
    }
  }
}
