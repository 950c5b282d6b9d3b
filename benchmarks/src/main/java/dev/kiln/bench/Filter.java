package dev.kiln.bench;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * W3: filter_by with two predicates, ordering and a limit: {@code category = ? AND quantity >= ?
 * ORDER BY quantity, id LIMIT 20} (an index on {@code (category, quantity)}), the parameters
 * drawn in turn from a fixed random array. Each call checks that it got 20 rows of the category
 * asked for. A category's quantities are {@code c, c + 50, ..., c + 950}, each on one row in
 * 1,000, so a minimum below 500 leaves at least 20 rows once the table has 2,000.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@State(Scope.Thread)
public class Filter {
  static final int LIMIT = 20;
  private static final int DRAWS = 4096;

  private final String[] categories = new String[DRAWS];
  private final int[] minQuantities = new int[DRAWS];
  private int next;

  @Setup(Level.Trial)
  public void setUp(Fixture fixture) {
    if (fixture.tableRows < 2000) {
      throw new IllegalArgumentException("W3 needs at least 2,000 rows, not " + fixture.tableRows);
    }
    Random random = new Random(44);
    for (int i = 0; i < DRAWS; i++) {
      categories[i] = Fixture.category(random.nextInt(Fixture.CATEGORIES));
      minQuantities[i] = random.nextInt(500);
    }
    next = 0;
  }

  private int nextDraw() {
    int draw = next;
    next = (next + 1) & (DRAWS - 1);
    return draw;
  }

  private static <T> List<T> check(List<T> rows, String category, String expected) {
    if (rows.size() != LIMIT || !expected.equals(category)) {
      throw new IllegalStateException(
          "asked for " + LIMIT + " rows of " + expected + ", got " + rows.size() + " of " + category);
    }
    return rows;
  }

  @Benchmark
  public List<Item> jdbc(JdbcContender jdbc) throws Exception {
    int d = nextDraw();
    List<Item> items = jdbc.filter(categories[d], minQuantities[d]);
    return check(items, items.isEmpty() ? null : items.get(0).category, categories[d]);
  }

  /** The earlier baseline: the read in a transaction of its own, ended by a commit. */
  @Benchmark
  public List<Item> jdbcTransactionPerRead(JdbcContender jdbc) throws Exception {
    int d = nextDraw();
    List<Item> items = jdbc.filterPerTransaction(categories[d], minQuantities[d]);
    return check(items, items.isEmpty() ? null : items.get(0).category, categories[d]);
  }

  @Benchmark
  public List<Item> kiln(KilnContender kiln) {
    int d = nextDraw();
    List<Item> items = kiln.filter(categories[d], minQuantities[d]);
    return check(items, items.isEmpty() ? null : items.get(0).category, categories[d]);
  }

  /** A read-only session: no snapshot of the rows is kept. */
  @Benchmark
  public List<Item> kilnReadOnly(KilnContender kiln) {
    int d = nextDraw();
    List<Item> items = kiln.filterReadOnly(categories[d], minQuantities[d]);
    return check(items, items.isEmpty() ? null : items.get(0).category, categories[d]);
  }

  @Benchmark
  public List<Item> kilnCore(KilnCoreContender kilnCore) {
    int d = nextDraw();
    List<Item> items = kilnCore.filter(categories[d], minQuantities[d]);
    return check(items, items.isEmpty() ? null : items.get(0).category, categories[d]);
  }

  @Benchmark
  public List<HibernateItem> hibernate(HibernateContender hibernate) {
    int d = nextDraw();
    List<HibernateItem> items = hibernate.filterEntities(categories[d], minQuantities[d]);
    return check(items, items.isEmpty() ? null : items.get(0).category, categories[d]);
  }

  @Benchmark
  public List<Item> jooq(JooqContender jooq) throws Exception {
    int d = nextDraw();
    List<Item> items = jooq.filter(categories[d], minQuantities[d]);
    return check(items, items.isEmpty() ? null : items.get(0).category, categories[d]);
  }
}
