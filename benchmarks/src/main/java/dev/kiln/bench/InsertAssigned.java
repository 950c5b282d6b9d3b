package dev.kiln.bench;

import java.sql.SQLException;
import java.util.ArrayList;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * W5 with assigned keys: insert {@code size} new rows whose keys the application chose, in one
 * transaction, nothing read back. JDBC binds them into one {@code executeBatch}, as a careful
 * programmer would; Kiln stages them with {@code addAll} and commits. Each call takes the next
 * {@code size} keys above every key used so far, so that no call collides with another; the rows
 * are deleted after each iteration, outside the measured time.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@State(Scope.Thread)
public class InsertAssigned {
  @Param({"1000"})
  public int size;

  private Item[] rows;
  private long tableRows;
  private long nextKey;

  @Setup(Level.Trial)
  public void setUp(Fixture fixture) {
    rows = Fixture.newRows(size);
    tableRows = fixture.tableRows;
    nextKey = tableRows + 1;
  }

  @TearDown(Level.Iteration)
  public void deleteAddedRows(Fixture fixture) throws SQLException {
    fixture.deleteAddedRows();
    nextKey = tableRows + 1;
  }

  /** New objects carrying the next {@code size} unused keys. */
  List<Item> newItems() {
    List<Item> items = new ArrayList<>(size);
    for (Item row : rows) {
      Item item = row.withoutKey();
      item.id = nextKey++;
      items.add(item);
    }
    return items;
  }

  @Benchmark
  public List<Item> jdbc(JdbcContender jdbc) throws Exception {
    return jdbc.insertAllWithKeys(newItems());
  }

  @Benchmark
  public List<Item> kiln(KilnContender kiln) {
    return kiln.insertAll(newItems());
  }
}
