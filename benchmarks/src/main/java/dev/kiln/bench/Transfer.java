package dev.kiln.bench;

import java.sql.SQLException;
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
import org.openjdk.jmh.infra.ThreadParams;

/**
 * W9, transfer: in one transaction, read two accounts' rows with a lock, in key order, and move an
 * amount of 1 to {@value #MAX_AMOUNT} from one to the other (skipped, by every contender alike, if
 * the source holds less, which the opening balances make never happen), then commit; the
 * transaction runs again after a deadlock, serialization failure or busy database, and each
 * contender counts those retries ({@link TransferCounters}). Throughput, operations per second of
 * all threads together. Each thread draws its transfers in turn from an array of its own, fixed by
 * its thread index, so every contender makes the same transfers. The balances are checked at the
 * end of each trial ({@link Accounts}).
 *
 * <p>Run by {@link TransferOneThread} and {@link TransferFourThreads}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@State(Scope.Thread)
public abstract class Transfer {
  static final int MAX_AMOUNT = 100;
  /** The most threads a W9 benchmark runs (the size of Hibernate's pool). */
  static final int MAX_THREADS = 4;
  private static final int TRANSFERS = 4096;

  private final long[] from = new long[TRANSFERS];
  private final long[] to = new long[TRANSFERS];
  private final long[] amounts = new long[TRANSFERS];
  private int next;

  @Setup(Level.Trial)
  public void setUp(Accounts accounts, ThreadParams thread) {
    Random random = new Random(46 + thread.getThreadIndex());
    for (int i = 0; i < TRANSFERS; i++) {
      from[i] = 1 + random.nextInt(accounts.accounts);
      long other = 1 + random.nextInt(accounts.accounts - 1);
      to[i] = other >= from[i] ? other + 1 : other;
      amounts[i] = 1 + random.nextInt(MAX_AMOUNT);
    }
    next = 0;
  }

  private int nextTransfer() {
    int i = next;
    next = (next + 1) & (TRANSFERS - 1);
    return i;
  }

  @Benchmark
  public int jdbc(JdbcTransfer jdbc, TransferCounters counters) throws SQLException {
    int i = nextTransfer();
    return counters.count(jdbc.transfer(from[i], to[i], amounts[i]));
  }

  @Benchmark
  public int kiln(KilnTransfer kiln, TransferCounters counters) {
    int i = nextTransfer();
    return counters.count(kiln.transfer(from[i], to[i], amounts[i]));
  }

  @Benchmark
  public int hibernate(HibernateTransfer hibernate, TransferCounters counters) throws SQLException {
    int i = nextTransfer();
    return counters.count(hibernate.transfer(from[i], to[i], amounts[i]));
  }
}
