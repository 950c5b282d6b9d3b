package dev.kiln.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.testing.TestDatabase;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Runs every read benchmark method (W1 to W3) once, on a tiny table, on each database, so that none
 * can rot; and checks that every contender reads exactly the rows the fixture wrote (same values,
 * same types). {@link WriteBenchmarkSmokeTest} does the same for the writes. The benchmarks
 * themselves are run from the benchmarks jar (docs/benchmarks.md).
 */
class BenchmarkSmokeTest {
  static final int TABLE_ROWS = 2000;

  /** A fixture of {@link #TABLE_ROWS} rows on a fresh database of that kind, set up. */
  static Fixture fixture(TestDatabase database) throws Exception {
    return fixture(database, "durable");
  }

  /** {@link #fixture(TestDatabase)} with commits durable or relaxed ({@link Fixture#commit}). */
  static Fixture fixture(TestDatabase database, String commit) throws Exception {
    Fixture fixture = new Fixture();
    fixture.db = database == TestDatabase.SQLITE ? "sqlite" : "postgresql";
    fixture.tableRows = TABLE_ROWS;
    fixture.commit = commit;
    if (database == TestDatabase.POSTGRESQL) {
      fixture.givenPostgresUrl = database.freshUrl();
    }
    fixture.setUp();
    return fixture;
  }

  @ParameterizedTest
  @EnumSource(value = TestDatabase.class, names = {"SQLITE", "POSTGRESQL"}) // the benchmarks run on these two
  void everyBenchmarkMethodRunsAndEveryContenderReadsTheSameRows(TestDatabase database)
      throws Exception {
    Fixture fixture = fixture(database);
    JdbcContender jdbc = new JdbcContender();
    KilnContender kiln = new KilnContender();
    KilnCoreContender kilnCore = new KilnCoreContender();
    HibernateContender hibernate = new HibernateContender();
    JooqContender jooq = new JooqContender();
    try {
      jdbc.setUp(fixture);
      kiln.setUp(fixture);
      kilnCore.setUp(fixture);
      hibernate.setUp(fixture);
      jooq.setUp(fixture);

      // W1
      GetByKey getByKey = new GetByKey();
      getByKey.setUp(fixture);
      assertThat(getByKey.jdbc(jdbc)).isNotNull();
      assertThat(getByKey.jdbcTransactionPerRead(jdbc)).isNotNull();
      assertThat(getByKey.kiln(kiln)).isNotNull();
      assertThat(getByKey.kilnReadOnly(kiln)).isNotNull();
      assertThat(getByKey.kilnCore(kilnCore)).isNotNull();
      assertThat(getByKey.hibernate(hibernate)).isNotNull();
      assertThat(getByKey.jooq(jooq)).isNotNull();
      for (long key : new long[] {1, 7, 10, TABLE_ROWS}) {
        Item expected = Fixture.expected(key);
        assertThat(jdbc.get(key)).as("jdbc %s", key).isEqualTo(expected);
        assertThat(jdbc.getPerTransaction(key)).as("jdbc per transaction %s", key).isEqualTo(expected);
        assertThat(kiln.get(key)).as("kiln %s", key).isEqualTo(expected);
        assertThat(kiln.getReadOnly(key)).as("kiln read-only %s", key).isEqualTo(expected);
        assertThat(kilnCore.get(key)).as("kilnCore %s", key).isEqualTo(expected);
        assertThat(hibernate.get(key)).as("hibernate %s", key).isEqualTo(expected);
        assertThat(jooq.get(key)).as("jooq %s", key).isEqualTo(expected);
      }

      // W2
      ListRange listRange = new ListRange();
      listRange.size = 10;
      listRange.setUp(fixture);
      assertThat(listRange.jdbc(jdbc)).hasSize(10);
      assertThat(listRange.jdbcTransactionPerRead(jdbc)).hasSize(10);
      assertThat(listRange.kiln(kiln)).hasSize(10);
      assertThat(listRange.kilnReadOnly(kiln)).hasSize(10);
      assertThat(listRange.kilnCore(kilnCore)).hasSize(10);
      assertThat(listRange.hibernate(hibernate)).hasSize(10);
      assertThat(listRange.jooq(jooq)).hasSize(10);
      List<Item> expected = LongStream.range(5, 15).mapToObj(Fixture::expected).toList();
      assertThat(jdbc.range(5, 15)).as("jdbc").isEqualTo(expected);
      assertThat(jdbc.rangePerTransaction(5, 15)).as("jdbc per transaction").isEqualTo(expected);
      assertThat(kiln.range(5, 15)).as("kiln").isEqualTo(expected);
      assertThat(kiln.rangeReadOnly(5, 15)).as("kiln read-only").isEqualTo(expected);
      assertThat(kilnCore.range(5, 15)).as("kilnCore").isEqualTo(expected);
      assertThat(hibernate.range(5, 15)).as("hibernate").isEqualTo(expected);
      assertThat(jooq.range(5, 15)).as("jooq").isEqualTo(expected);

      // W3
      Filter filter = new Filter();
      filter.setUp(fixture);
      assertThat(filter.jdbc(jdbc)).hasSize(Filter.LIMIT);
      assertThat(filter.jdbcTransactionPerRead(jdbc)).hasSize(Filter.LIMIT);
      assertThat(filter.kiln(kiln)).hasSize(Filter.LIMIT);
      assertThat(filter.kilnReadOnly(kiln)).hasSize(Filter.LIMIT);
      assertThat(filter.kilnCore(kilnCore)).hasSize(Filter.LIMIT);
      assertThat(filter.hibernate(hibernate)).hasSize(Filter.LIMIT);
      assertThat(filter.jooq(jooq)).hasSize(Filter.LIMIT);
      List<Item> filtered =
          LongStream.rangeClosed(1, TABLE_ROWS)
              .mapToObj(Fixture::expected)
              .filter(item -> item.category.equals("cat-7") && item.quantity >= 300)
              .sorted(
                  java.util.Comparator.comparingInt((Item item) -> item.quantity)
                      .thenComparingLong(item -> item.id))
              .limit(Filter.LIMIT)
              .toList();
      assertThat(filtered).hasSize(Filter.LIMIT);
      assertThat(jdbc.filter("cat-7", 300)).as("jdbc").isEqualTo(filtered);
      assertThat(jdbc.filterPerTransaction("cat-7", 300)).as("jdbc per transaction").isEqualTo(filtered);
      assertThat(kiln.filter("cat-7", 300)).as("kiln").isEqualTo(filtered);
      assertThat(kiln.filterReadOnly("cat-7", 300)).as("kiln read-only").isEqualTo(filtered);
      assertThat(kilnCore.filter("cat-7", 300)).as("kilnCore").isEqualTo(filtered);
      assertThat(hibernate.filter("cat-7", 300)).as("hibernate").isEqualTo(filtered);
      assertThat(jooq.filter("cat-7", 300)).as("jooq").isEqualTo(filtered);
    } finally {
      jooq.tearDown();
      hibernate.tearDown();
      kilnCore.tearDown();
      kiln.tearDown();
      jdbc.tearDown();
      fixture.tearDown();
    }
  }
}
