package dev.kiln.bench;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * W5: insert {@code size} new rows in one transaction, with their generated keys, each contender
 * batching as it does: JDBC with {@code executeBatch} (plain: no {@code reWriteBatchedInserts}),
 * Kiln with {@code addAll}, Hibernate with {@code persist} and JDBC batches of 100, jOOQ with
 * multi-row {@code INSERT ... RETURNING} statements of 100 rows. Each call inserts new objects (values from {@link
 * Fixture#newRows}, made before the trial) and checks that it got {@code size} distinct keys back,
 * none null and none of a loaded row. The rows added are deleted after each iteration, outside
 * the measured time.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@State(Scope.Thread)
public class InsertBatch {
  @Param({"100", "10000"})
  public int size;

  private Item[] rows;
  private long tableRows;

  @Setup(Level.Trial)
  public void setUp(Fixture fixture) {
    rows = Fixture.newRows(size);
    tableRows = fixture.tableRows;
  }

  @TearDown(Level.Iteration)
  public void deleteAddedRows(Fixture fixture) throws SQLException {
    fixture.deleteAddedRows();
  }

  private List<Item> newItems() {
    List<Item> items = new ArrayList<>(size);
    for (Item row : rows) {
      items.add(row.withoutKey());
    }
    return items;
  }

  private <T> List<T> check(List<T> inserted, Function<T, Long> keyOf) {
    if (inserted.size() != size) {
      throw new IllegalStateException("inserted " + size + " rows, got " + inserted.size() + " back");
    }
    long[] keys = new long[size];
    for (int i = 0; i < size; i++) {
      Long key = keyOf.apply(inserted.get(i));
      if (key == null || key <= tableRows) {
        throw new IllegalStateException("expected a new key, got " + key);
      }
      keys[i] = key;
    }
    Arrays.sort(keys);
    for (int i = 1; i < size; i++) {
      if (keys[i] == keys[i - 1]) {
        throw new IllegalStateException("key " + keys[i] + " came back twice");
      }
    }
    return inserted;
  }

  @Benchmark
  public List<Item> jdbc(JdbcContender jdbc) throws Exception {
    return check(jdbc.insertAll(newItems()), item -> item.id);
  }

  @Benchmark
  public List<Item> kiln(KilnContender kiln) {
    return check(kiln.insertAll(newItems()), item -> item.id);
  }

  @Benchmark
  public List<HibernateItem> hibernate(HibernateContender hibernate) {
    List<HibernateItem> items = new ArrayList<>(size);
    for (Item row : rows) {
      items.add(new HibernateItem(row));
    }
    return check(hibernate.persistAll(items), item -> item.id);
  }

  /** jOOQ returns the keys alone, in no defined order (see {@link JooqContender#insertAll}). */
  @Benchmark
  public List<Long> jooq(JooqContender jooq) throws Exception {
    return check(jooq.insertAll(newItems()), Function.identity());
  }
}
