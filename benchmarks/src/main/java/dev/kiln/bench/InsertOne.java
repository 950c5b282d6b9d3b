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
 * W4: insert one 10-column row in a transaction of its own and get its generated key back. Each
 * call inserts a new object (values drawn in turn from {@link Fixture#newRows}, the key left to
 * the database or, for Hibernate, to its sequence) and checks that its key is new: not null, and
 * greater than the last one and than every loaded key. The rows added are deleted after each
 * iteration, outside the measured time, so that every iteration inserts into the table as loaded.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@State(Scope.Thread)
public class InsertOne {
  private static final int ROWS = 1024;

  private Item[] rows;
  private int next;
  private long lastKey;

  @Setup(Level.Trial)
  public void setUp(Fixture fixture) {
    rows = Fixture.newRows(ROWS);
    next = 0;
    lastKey = fixture.tableRows;
  }

  /** Deletes the rows inserted; SQLite then hands out their keys again, so the last key resets. */
  @TearDown(Level.Iteration)
  public void deleteAddedRows(Fixture fixture) throws SQLException {
    fixture.deleteAddedRows();
    lastKey = fixture.tableRows;
  }

  private Item nextRow() {
    Item row = rows[next];
    next = (next + 1) & (ROWS - 1);
    return row;
  }

  private <T> T check(T inserted, Long key) {
    if (key == null || key <= lastKey) {
      throw new IllegalStateException("expected a key above " + lastKey + ", got " + key);
    }
    lastKey = key;
    return inserted;
  }

  @Benchmark
  public Item jdbc(JdbcContender jdbc) throws Exception {
    Item item = jdbc.insert(nextRow().withoutKey());
    return check(item, item.id);
  }

  @Benchmark
  public Item kiln(KilnContender kiln) {
    Item item = kiln.insert(nextRow().withoutKey());
    return check(item, item.id);
  }

  @Benchmark
  public HibernateItem hibernate(HibernateContender hibernate) {
    HibernateItem item = hibernate.persist(new HibernateItem(nextRow()));
    return check(item, item.id);
  }

  @Benchmark
  public Item jooq(JooqContender jooq) throws Exception {
    Item item = jooq.insert(nextRow().withoutKey());
    return check(item, item.id);
  }
}
