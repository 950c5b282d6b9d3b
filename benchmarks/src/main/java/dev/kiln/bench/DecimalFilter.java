package dev.kiln.bench;

import dev.kiln.Database;
import dev.kiln.session.Session;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.sqlite.Collation;

/**
 * Issue 21 on SQLite: what an exact decimal filter costs, as a ratio to the same filter on an
 * integer column, before and after. 10,000 rows hold each amount twice, as {@code cents} and as
 * {@code amount} (both indexed). <b>After</b>: Kiln's equality ({@code amount = 12.34}) and range
 * (21 rows) on each column, in a read-only session. <b>Before</b>: the SQL Kiln sent until issue
 * 21, {@code CAST(amount AS REAL) = CAST(? AS REAL)}, which no index serves, run with plain JDBC
 * beside the same JDBC query on {@code cents}. Each call checks its row count.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@State(Scope.Thread)
public class DecimalFilter {
  private static final int ROWS = 10_000;
  private static final int RANGE = 20;

  private Path file;
  private Database database;
  private Connection jdbc;
  private PreparedStatement centsEqual;
  private PreparedStatement centsRange;
  private PreparedStatement realEqual;
  private PreparedStatement realRange;
  private long next;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    file = Files.createTempFile("kiln-decimal-", ".db");
    database = Database.connect("sqlite:///" + file.toAbsolutePath(), List.of(PricedTable.TABLE));
    database.createAll();
    List<Priced> rows = new ArrayList<>();
    for (long cents = 0; cents < ROWS; cents++) {
      rows.add(new Priced(cents));
    }
    database.transaction(session -> session.addAll(rows));
    jdbc = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
    // The table's index on amount names Kiln's collation, which SQLite needs to plan any query on
    // the table; the "before" SQL never compares with it, so text order will do here.
    Collation.create(jdbc, "kiln_decimal", new Collation() {
      @Override
      protected int xCompare(String left, String right) {
        return left.compareTo(right);
      }
    });
    centsEqual = jdbc.prepareStatement("SELECT id, cents, amount FROM priced WHERE cents = ?");
    centsRange = jdbc.prepareStatement("SELECT id, cents, amount FROM priced WHERE cents BETWEEN ? AND ?");
    realEqual = jdbc.prepareStatement("SELECT id, cents, amount FROM priced WHERE CAST(amount AS REAL) = CAST(? AS REAL)");
    realRange = jdbc.prepareStatement(
        "SELECT id, cents, amount FROM priced WHERE CAST(amount AS REAL) BETWEEN CAST(? AS REAL) AND CAST(? AS REAL)");
  }

  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    jdbc.close();
    database.close();
    Files.deleteIfExists(file);
  }

  private long nextCents() {
    next = (next + 7919) % (ROWS - RANGE);
    return next;
  }

  @Benchmark
  public int afterIntegerEqual() {
    long cents = nextCents();
    return check(kiln(session -> new PricedDao(session).query().where(PricedTable.CENTS.eq(cents)).all()), 1);
  }

  @Benchmark
  public int afterDecimalEqual() {
    BigDecimal amount = BigDecimal.valueOf(nextCents(), 2);
    return check(kiln(session -> new PricedDao(session).query().where(PricedTable.AMOUNT.eq(amount)).all()), 1);
  }

  @Benchmark
  public int afterIntegerRange() {
    long cents = nextCents();
    return check(kiln(session -> new PricedDao(session).query()
        .where(PricedTable.CENTS.between(cents, cents + RANGE)).all()), RANGE + 1);
  }

  @Benchmark
  public int afterDecimalRange() {
    long cents = nextCents();
    BigDecimal low = BigDecimal.valueOf(cents, 2);
    BigDecimal high = BigDecimal.valueOf(cents + RANGE, 2);
    return check(kiln(session -> new PricedDao(session).query()
        .where(PricedTable.AMOUNT.between(low, high)).all()), RANGE + 1);
  }

  @Benchmark
  public int beforeIntegerEqual() throws Exception {
    centsEqual.setLong(1, nextCents());
    return check(count(centsEqual), 1);
  }

  @Benchmark
  public int beforeDecimalEqual() throws Exception {
    realEqual.setString(1, BigDecimal.valueOf(nextCents(), 2).toString());
    return check(count(realEqual), 1);
  }

  @Benchmark
  public int beforeIntegerRange() throws Exception {
    long cents = nextCents();
    centsRange.setLong(1, cents);
    centsRange.setLong(2, cents + RANGE);
    return check(count(centsRange), RANGE + 1);
  }

  @Benchmark
  public int beforeDecimalRange() throws Exception {
    long cents = nextCents();
    realRange.setString(1, BigDecimal.valueOf(cents, 2).toString());
    realRange.setString(2, BigDecimal.valueOf(cents + RANGE, 2).toString());
    return check(count(realRange), RANGE + 1);
  }

  private int kiln(java.util.function.Function<Session, List<Priced>> query) {
    try (Session session = database.openReadOnlySession()) {
      return query.apply(session).size();
    }
  }

  private static int count(PreparedStatement statement) throws Exception {
    int rows = 0;
    try (ResultSet resultSet = statement.executeQuery()) {
      while (resultSet.next()) {
        resultSet.getLong(1);
        resultSet.getLong(2);
        resultSet.getString(3);
        rows++;
      }
    }
    return rows;
  }

  private static int check(int rows, int expected) {
    if (rows != expected) {
      throw new IllegalStateException("expected " + expected + " rows, got " + rows);
    }
    return rows;
  }
}
