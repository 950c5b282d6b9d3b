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
 * W7: a graph of {@link #PARENTS_PER_CALL} parents (a key range, {@code id >= ? AND id < ? ORDER BY
 * id}, from a start drawn in turn from a shuffled array), their {@link #CHILDREN_PER_CALL}
 * children and {@link #LEAVES_PER_CALL} grandchildren ("leaves"), each level by key. Each call
 * walks the whole graph it loaded ({@link GraphTotals#walk}) and checks that it found exactly
 * that many parents, children and leaves, with the leaves' weights adding up to what the fixture
 * wrote; otherwise it throws. The smoke tests check the rest: that every contender returns the same
 * graph, in the same order, and how many statements each sends.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@State(Scope.Thread)
public class Graph {
  static final int PARENTS_PER_CALL = 100;
  static final int CHILDREN_PER_CALL = PARENTS_PER_CALL * GraphFixture.CHILDREN_PER_PARENT;
  static final int LEAVES_PER_CALL = CHILDREN_PER_CALL * GraphFixture.LEAVES_PER_CHILD;

  private GraphFixture fixture;
  private long[] starts;
  private int next;

  @Setup(Level.Trial)
  public void setUp(GraphFixture fixture) {
    this.fixture = fixture;
    starts = Fixture.shuffledKeys(GraphFixture.PARENTS - PARENTS_PER_CALL + 1, 47);
    next = 0;
  }

  /** The start of the next call's window. */
  long nextStart() {
    long start = starts[next];
    next = next + 1 == starts.length ? 0 : next + 1;
    return start;
  }

  private GraphTotals check(GraphTotals found, long start) {
    GraphTotals expected = fixture.expectedTotals(start, PARENTS_PER_CALL);
    if (!found.equals(expected)) {
      throw new IllegalStateException(
          "asked for the graph of " + PARENTS_PER_CALL + " parents from " + start + ", expected "
              + expected + ", walked " + found);
    }
    return found;
  }

  /** Three statements, one per level, each by the parents' key range. */
  @Benchmark
  public GraphTotals jdbc(JdbcGraphContender jdbc) throws Exception {
    long start = nextStart();
    return check(jdbc.graph(start, start + PARENTS_PER_CALL, GraphTotals::walk), start);
  }

  /**
   * Three statements, the children and leaves by the keys of the level above bound as one
   * parameter: Kiln's statements in hand-written JDBC, to tell the cost of the statements' shape
   * from Kiln's own.
   */
  @Benchmark
  public GraphTotals jdbcByKeys(JdbcGraphContender jdbc) throws Exception {
    long start = nextStart();
    return check(jdbc.graphByKeys(start, start + PARENTS_PER_CALL, GraphTotals::walk), start);
  }

  /** {@code load(CHILDREN, LEAVES)}: three statements before the walk. */
  @Benchmark
  public GraphTotals kilnEager(KilnGraphContender kiln) {
    long start = nextStart();
    return check(kiln.eager(start, start + PARENTS_PER_CALL, GraphTotals::walk), start);
  }

  /** No {@code load}: the walk loads each level for the whole window, three statements in all. */
  @Benchmark
  public GraphTotals kilnWalked(KilnGraphContender kiln) {
    long start = nextStart();
    return check(kiln.walked(start, start + PARENTS_PER_CALL, GraphTotals::walk), start);
  }

  /** {@link #kilnWalked} in a read-only session. */
  @Benchmark
  public GraphTotals kilnReadOnly(KilnGraphContender kiln) {
    long start = nextStart();
    return check(kiln.walkedReadOnly(start, start + PARENTS_PER_CALL, GraphTotals::walk), start);
  }

  /** Hibernate's defaults: a statement per collection, 1 + 100 + 1,000. */
  @Benchmark
  public GraphTotals hibernateLazy(HibernateGraphContender hibernate) {
    long start = nextStart();
    return check(hibernate.lazy(start, start + PARENTS_PER_CALL, GraphTotals::walk), start);
  }

  /** {@code join fetch} for the children, batch fetching for the leaves. */
  @Benchmark
  public GraphTotals hibernateBatch(HibernateGraphContender hibernate) {
    long start = nextStart();
    return check(hibernate.joinFetchAndBatch(start, start + PARENTS_PER_CALL, GraphTotals::walk), start);
  }

  /** One statement, two levels of nested {@code MULTISET}, emulated with JSON. */
  @Benchmark
  public GraphTotals jooq(JooqGraphContender jooq) throws Exception {
    long start = nextStart();
    return check(jooq.graph(start, start + PARENTS_PER_CALL, GraphTotals::walk), start);
  }
}
