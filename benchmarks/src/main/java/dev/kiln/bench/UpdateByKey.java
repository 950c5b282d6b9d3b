package dev.kiln.bench;

import java.sql.SQLException;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * W6, read-modify-write: in one transaction, load a row by key, add one to its quantity, set its
 * note to {@link #NOTE} and write the change, keys drawn in turn from a shuffled array of every key
 * of the table. JDBC and jOOQ say how many rows their update changed, and each call checks it is
 * one; Kiln and Hibernate make that check themselves on commit (an update by key that changed no
 * row fails), so each call checks that the object it got back is the row asked for, changed.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@State(Scope.Thread)
public class UpdateByKey {
  static final String NOTE = "updated by W6";

  private long[] keys;
  private int next;

  @Setup(Level.Trial)
  public void setUp(Fixture fixture) {
    keys = Fixture.shuffledKeys(fixture.tableRows, 45);
    next = 0;
  }

  @TearDown(Level.Iteration)
  public void vacuum(Fixture fixture) throws SQLException {
    fixture.vacuum();
  }

  private long nextKey() {
    long key = keys[next];
    next = next + 1 == keys.length ? 0 : next + 1;
    return key;
  }

  private static int check(int updated, long key) {
    if (updated != 1) {
      throw new IllegalStateException("updated " + updated + " rows with key " + key + ", not 1");
    }
    return updated;
  }

  private static <T> T check(T updated, Long id, String note, long key) {
    if (id != key || !NOTE.equals(note)) {
      throw new IllegalStateException("asked to update key " + key + ", got " + updated);
    }
    return updated;
  }

  @Benchmark
  public int jdbc(JdbcContender jdbc) throws Exception {
    long key = nextKey();
    return check(jdbc.updateByKey(key, NOTE), key);
  }

  @Benchmark
  public Item kiln(KilnContender kiln) {
    long key = nextKey();
    Item item = kiln.updateByKey(key, NOTE);
    return check(item, item.id, item.note, key);
  }

  @Benchmark
  public HibernateItem hibernate(HibernateContender hibernate) {
    long key = nextKey();
    HibernateItem item = hibernate.updateByKey(key, NOTE);
    return check(item, item.id, item.note, key);
  }

  @Benchmark
  public int jooq(JooqContender jooq) throws Exception {
    long key = nextKey();
    return check(jooq.updateByKey(key, NOTE), key);
  }
}
