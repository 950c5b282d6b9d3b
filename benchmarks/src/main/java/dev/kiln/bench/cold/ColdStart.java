package dev.kiln.bench.cold;

import dev.kiln.bench.cold.hibernate.Entity001;
import dev.kiln.bench.cold.kiln.Model001;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * W8, cold start: in a fresh JVM, the time from the start of the application's bootstrap to its
 * first query's result, for an application of {@code entities} entity classes (10 or 200, of the
 * generated models: see {@link ModelSources}). One call per fork ({@link Mode#SingleShotTime}, no
 * warmup), many forks: every call meets unloaded classes and cold code, as a {@code main} does.
 * Each contender does what its {@code main} would, up to the first query: {@link KilnApp}, {@link
 * HibernateApp}, and the hand-written JDBC floor {@link JdbcApp}; the query gets row {@value
 * ColdSchema#KEY} of {@code m001} by key, and each call checks it got that row.
 *
 * <p>The time starts inside the fork, when the benchmark method starts, not at the JVM's launch:
 * the JVM's boot and JMH's own start-up come before it, the same for every contender. The JDBC
 * driver is not loaded before the method either: its loading is part of every contender's time.
 *
 * <p>The tables exist before the forks start ({@link ColdSchema}, run by {@code
 * benchmarks/run.sh}): nothing here creates them, so no Kiln, Hibernate or driver class is loaded
 * in a fork before its measured call (the trial's setup loads {@link ColdDatabase} and JDK classes).
 *
 * <p>Two secondary results per call, from {@link Footprint}: {@code classesLoaded}, the classes
 * loaded from the start of the bootstrap to the first result (JDK, driver, library, model and
 * generated classes alike), and {@code heapUsedBytes}, the heap in use after a full GC that follows
 * the first query while the application is still open (its metamodel, pools and caches, plus what
 * JMH itself holds, which is the same for every contender: compare with the JDBC floor).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 20, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@State(Scope.Thread)
public class ColdStart {
  @Param({"10", "200"})
  public int entities;

  /** {@code sqlite} or {@code postgresql}. */
  @Param({"sqlite", "postgresql"})
  public String db;

  /** Where the tables are: {@link ColdDatabase#configured} unless set before the setup (smoke test). */
  ColdDatabase database;

  @Setup(Level.Trial)
  public void setUp() {
    if (database == null) {
      database = ColdDatabase.configured(db);
      if (database.sqlite() && !Files.exists(ColdDatabase.sqliteFile())) {
        throw new IllegalStateException(
            "no W8 database at " + ColdDatabase.sqliteFile() + ": run ColdSchema first (benchmarks/run.sh does)");
      }
    }
  }

  private static <T> T check(T row, Long id, String name) {
    if (row == null || id != ColdSchema.KEY || !ColdSchema.KEY_NAME.equals(name)) {
      throw new IllegalStateException("asked for key " + ColdSchema.KEY + ", got " + row);
    }
    return row;
  }

  @Benchmark
  public Model001 jdbc(Footprint footprint) throws Exception {
    footprint.start();
    JdbcApp jdbc = new JdbcApp(database);
    Model001 row = jdbc.get(ColdSchema.KEY);
    footprint.firstResult(jdbc);
    return check(row, row == null ? null : row.getId(), row == null ? null : row.getName());
  }

  @Benchmark
  public Model001 kiln(Footprint footprint) {
    footprint.start();
    KilnApp kiln = new KilnApp(database, entities);
    Model001 row = kiln.get(ColdSchema.KEY);
    footprint.firstResult(kiln);
    return check(row, row == null ? null : row.getId(), row == null ? null : row.getName());
  }

  @Benchmark
  public Entity001 hibernate(Footprint footprint) {
    footprint.start();
    HibernateApp hibernate = new HibernateApp(database, entities);
    Entity001 row = hibernate.get(ColdSchema.KEY);
    footprint.firstResult(hibernate);
    return check(row, row == null ? null : row.getId(), row == null ? null : row.getName());
  }

  /**
   * W8's secondary results, reported by JMH next to the time (its public fields). JMH reads them
   * after the iteration's teardown, where the heap is measured. Its console summary adds each up
   * over the forks; the JSON result keeps one value per fork ({@code tables.py} reports their
   * mean). The management beans are fetched in the setup, so that loading their classes counts
   * neither in the time nor in {@link #classesLoaded}.
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Footprint {
    /** Classes loaded from the start of the bootstrap to the first query's result. */
    public long classesLoaded;
    /** Heap in use, in bytes, after a full GC once the first query returned, the application open. */
    public long heapUsedBytes;

    private ClassLoadingMXBean classLoading;
    private MemoryMXBean memory;
    private long loadedBefore;
    /** The started application, kept open until its heap is measured. */
    private AutoCloseable app;

    @Setup(Level.Trial)
    public void setUp() {
      classLoading = ManagementFactory.getClassLoadingMXBean();
      memory = ManagementFactory.getMemoryMXBean();
      // A first call of each, for whatever classes it loads.
      loadedBefore = classLoading.getTotalLoadedClassCount();
      heapUsedBytes = memory.getHeapMemoryUsage().getUsed();
    }

    void start() {
      loadedBefore = classLoading.getTotalLoadedClassCount();
    }

    void firstResult(AutoCloseable started) {
      classesLoaded = classLoading.getTotalLoadedClassCount() - loadedBefore;
      app = started;
    }

    /** Measures the heap of the open application, then closes it. */
    @TearDown(Level.Iteration)
    public void tearDown() throws Exception {
      System.gc();
      heapUsedBytes = memory.getHeapMemoryUsage().getUsed();
      app.close();
      app = null;
    }
  }
}
