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
 * W6, bulk update: one statement, {@code UPDATE item SET quantity = quantity + 1 WHERE id >= ? AND
 * id < ?}, over a range of {@link #ROWS} keys from a start drawn in turn from a shuffled array, in
 * a transaction of its own. No contender loads the rows. Each call checks that exactly {@link
 * #ROWS} rows were updated.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@State(Scope.Thread)
public class BulkUpdate {
  static final int ROWS = 1000;

  private long[] starts;
  private int next;

  @Setup(Level.Trial)
  public void setUp(Fixture fixture) {
    if (ROWS > fixture.tableRows) {
      throw new IllegalArgumentException("W6 updates " + ROWS + " rows > table rows " + fixture.tableRows);
    }
    starts = Fixture.shuffledKeys(fixture.tableRows - ROWS + 1, 46);
    next = 0;
  }

  @TearDown(Level.Iteration)
  public void vacuum(Fixture fixture) throws SQLException {
    fixture.vacuum();
  }

  private long nextStart() {
    long start = starts[next];
    next = next + 1 == starts.length ? 0 : next + 1;
    return start;
  }

  private static int check(int updated, long start) {
    if (updated != ROWS) {
      throw new IllegalStateException(
          "asked to update " + ROWS + " rows from " + start + ", updated " + updated);
    }
    return updated;
  }

  @Benchmark
  public int jdbc(JdbcContender jdbc) throws Exception {
    long start = nextStart();
    return check(jdbc.bulkUpdate(start, start + ROWS), start);
  }

  @Benchmark
  public int kiln(KilnContender kiln) {
    long start = nextStart();
    return check(kiln.bulkUpdate(start, start + ROWS), start);
  }

  @Benchmark
  public int hibernate(HibernateContender hibernate) {
    long start = nextStart();
    return check(hibernate.bulkUpdate(start, start + ROWS), start);
  }

  @Benchmark
  public int jooq(JooqContender jooq) throws Exception {
    long start = nextStart();
    return check(jooq.bulkUpdate(start, start + ROWS), start);
  }
}
