package dev.kiln.bench;

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
 * W1: get one 10-column row by primary key, keys drawn in turn from a shuffled array of every key
 * of the table. Each call checks that it got the row it asked for.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@State(Scope.Thread)
public class GetByKey {
  private long[] keys;
  private int next;

  @Setup(Level.Trial)
  public void setUp(Fixture fixture) {
    keys = Fixture.shuffledKeys(fixture.tableRows, 42);
    next = 0;
  }

  private long nextKey() {
    long key = keys[next];
    next = next + 1 == keys.length ? 0 : next + 1;
    return key;
  }

  private static <T> T check(T row, Long id, long key) {
    if (row == null || id != key) {
      throw new IllegalStateException("asked for key " + key + ", got " + row);
    }
    return row;
  }

  @Benchmark
  public Item jdbc(JdbcContender jdbc) throws Exception {
    long key = nextKey();
    Item item = jdbc.get(key);
    return check(item, item == null ? null : item.id, key);
  }

  /** The earlier baseline: the read in a transaction of its own, ended by a commit. */
  @Benchmark
  public Item jdbcTransactionPerRead(JdbcContender jdbc) throws Exception {
    long key = nextKey();
    Item item = jdbc.getPerTransaction(key);
    return check(item, item == null ? null : item.id, key);
  }

  @Benchmark
  public Item kiln(KilnContender kiln) {
    long key = nextKey();
    Item item = kiln.get(key);
    return check(item, item == null ? null : item.id, key);
  }

  /** A read-only session: no snapshot of the row is kept. */
  @Benchmark
  public Item kilnReadOnly(KilnContender kiln) {
    long key = nextKey();
    Item item = kiln.getReadOnly(key);
    return check(item, item == null ? null : item.id, key);
  }

  @Benchmark
  public Item kilnCore(KilnCoreContender kilnCore) {
    long key = nextKey();
    Item item = kilnCore.get(key);
    return check(item, item == null ? null : item.id, key);
  }

  @Benchmark
  public HibernateItem hibernate(HibernateContender hibernate) {
    long key = nextKey();
    HibernateItem item = hibernate.find(key);
    return check(item, item == null ? null : item.id, key);
  }

  @Benchmark
  public Item jooq(JooqContender jooq) throws Exception {
    long key = nextKey();
    Item item = jooq.get(key);
    return check(item, item == null ? null : item.id, key);
  }
}
