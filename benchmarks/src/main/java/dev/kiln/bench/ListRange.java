package dev.kiln.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * W2: list mapping, a key-range query ({@code id >= ? AND id < ? ORDER BY id}) returning
 * {@code size} rows, from a start drawn in turn from a shuffled array. Each call checks that it
 * got exactly {@code size} rows, the first being the start.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@State(Scope.Thread)
public class ListRange {
  @Param({"10", "100", "1000", "10000"})
  public int size;

  private long[] starts;
  private int next;

  @Setup(Level.Trial)
  public void setUp(Fixture fixture) {
    if (size > fixture.tableRows) {
      throw new IllegalArgumentException("size " + size + " > table rows " + fixture.tableRows);
    }
    starts = Fixture.shuffledKeys(fixture.tableRows - size + 1, 43);
    next = 0;
  }

  private long nextStart() {
    long start = starts[next];
    next = next + 1 == starts.length ? 0 : next + 1;
    return start;
  }

  private <T> List<T> check(List<T> rows, long firstId, long start) {
    if (rows.size() != size || firstId != start) {
      throw new IllegalStateException(
          "asked for " + size + " rows from " + start + ", got " + rows.size() + " from " + firstId);
    }
    return rows;
  }

  @Benchmark
  public List<Item> jdbc(JdbcContender jdbc) throws Exception {
    long start = nextStart();
    List<Item> items = jdbc.range(start, start + size);
    return check(items, items.isEmpty() ? -1 : items.get(0).id, start);
  }

  /** The earlier baseline: the read in a transaction of its own, ended by a commit. */
  @Benchmark
  public List<Item> jdbcTransactionPerRead(JdbcContender jdbc) throws Exception {
    long start = nextStart();
    List<Item> items = jdbc.rangePerTransaction(start, start + size);
    return check(items, items.isEmpty() ? -1 : items.get(0).id, start);
  }

  @Benchmark
  public List<Item> kiln(KilnContender kiln) {
    long start = nextStart();
    List<Item> items = kiln.range(start, start + size);
    return check(items, items.isEmpty() ? -1 : items.get(0).id, start);
  }

  /** A read-only session: no snapshot of the rows is kept. */
  @Benchmark
  public List<Item> kilnReadOnly(KilnContender kiln) {
    long start = nextStart();
    List<Item> items = kiln.rangeReadOnly(start, start + size);
    return check(items, items.isEmpty() ? -1 : items.get(0).id, start);
  }

  @Benchmark
  public List<Item> kilnCore(KilnCoreContender kilnCore) {
    long start = nextStart();
    List<Item> items = kilnCore.range(start, start + size);
    return check(items, items.isEmpty() ? -1 : items.get(0).id, start);
  }

  @Benchmark
  public List<HibernateItem> hibernate(HibernateContender hibernate) {
    long start = nextStart();
    List<HibernateItem> items = hibernate.rangeEntities(start, start + size);
    return check(items, items.isEmpty() ? -1 : items.get(0).id, start);
  }

  @Benchmark
  public List<Item> jooq(JooqContender jooq) throws Exception {
    long start = nextStart();
    List<Item> items = jooq.range(start, start + size);
    return check(items, items.isEmpty() ? -1 : items.get(0).id, start);
  }
}
