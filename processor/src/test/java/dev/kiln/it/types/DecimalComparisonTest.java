package dev.kiln.it.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiln.Database;
import dev.kiln.error.CheckViolationException;
import dev.kiln.error.KilnException;
import dev.kiln.error.UniqueViolationException;
import dev.kiln.query.NumberColumn;
import dev.kiln.query.Predicate;
import dev.kiln.session.Session;
import dev.kiln.testing.TestDatabase;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.sqlite.Collation;

/**
 * Issue 21: decimal comparisons on SQLite answer as PostgreSQL's NUMERIC does, at every digit.
 * The same 240 hostile values (38-digit neighbours, trailing zeros, signs, zero at many scales,
 * magnitudes from 1E-38 to 1E+30) go into both databases, and the same table of filters, orders,
 * aggregates and groupings runs on each: the two agree row for row, order included, and with what
 * Java's {@link BigDecimal#compareTo} says.
 */
class DecimalComparisonTest {
  private static final List<BigDecimal> VALUES = hostileValues();

  @Test
  void sqliteAndPostgresqlAgreeOnEveryComparisonOfEveryValue() {
    try (Database sqlite = Databases.create(TestDatabase.SQLITE.freshUrl(), FigureTable.TABLE);
        Database postgres = Databases.create(TestDatabase.POSTGRESQL.freshUrl(), FigureTable.TABLE)) {
      Databases.store(sqlite, FigureTable.TABLE, figures());
      Databases.store(postgres, FigureTable.TABLE, figures());
      Map<String, Object> onSqlite = answers(sqlite);
      Map<String, Object> onPostgres = answers(postgres);
      Map<String, Object> inJava = expected();

      assertThat(onSqlite.keySet()).hasSizeGreaterThan(800);
      for (String question : onSqlite.keySet()) {
        assertThat(onSqlite.get(question)).as("SQLite: " + question).isEqualTo(onPostgres.get(question));
        if (inJava.containsKey(question)) {
          assertThat(onSqlite.get(question)).as("Java: " + question).isEqualTo(inJava.get(question));
        }
      }
    }
  }

  @Test
  void sqliteKeepsUsingTheIndexForEqualityAndRanges() throws Exception {
    String url = TestDatabase.SQLITE.freshUrl();
    try (Database database = Databases.create(url, FigureTable.TABLE)) {
      Databases.store(database, FigureTable.TABLE, figures());
    }
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + url.substring("sqlite:///".length()))) {
      // EXPLAIN compiles the statement, which needs the collation by name, not Kiln's order.
      Collation.create(connection, "kiln_decimal", new Collation() {
        @Override
        protected int xCompare(String left, String right) {
          return left.compareTo(right);
        }
      });
      assertThat(plan(connection, "SELECT id FROM figure WHERE amount COLLATE kiln_decimal = ?"))
          .startsWith("SEARCH figure USING COVERING INDEX figure_amount_idx (amount=?)");
      assertThat(plan(connection, "SELECT id FROM figure WHERE money COLLATE kiln_decimal BETWEEN ? AND ?"))
          .startsWith("SEARCH figure USING COVERING INDEX figure_money_idx (money>? AND money<?)");
    }
  }

  @Test
  void oneAndOnePointZeroAreTheSameValueOnBothDatabases() {
    for (TestDatabase kind : TestDatabase.values()) {
      try (Database database = Databases.create(kind.freshUrl(), FigureTable.TABLE)) {
        Databases.store(database, FigureTable.TABLE, List.of(new Figure(new BigDecimal("1.0"), null)));
        long equal;
        try (Session session = database.openSession()) {
          equal = new FigureDao(session).query().where(FigureTable.AMOUNT.eq(new BigDecimal("1.000"))).count();
        }
        assertThat(equal).as(kind.toString()).isEqualTo(1);
      }
    }
  }

  @Test
  void aUniqueDecimalRefusesOnePointZeroZeroBesideOnePointZeroOnBothDatabases() {
    for (TestDatabase kind : TestDatabase.values()) {
      try (Database database = Databases.create(kind.freshUrl(), TariffTable.TABLE)) {
        Databases.store(database, TariffTable.TABLE, List.of(new Tariff(new BigDecimal("1.0"))));
        assertThatThrownBy(() -> Databases.store(database, TariffTable.TABLE, List.of(new Tariff(new BigDecimal("1.00")))))
            .as(kind.toString())
            .isInstanceOf(UniqueViolationException.class);
      }
    }
  }

  @Test
  void aCheckAgainstAQuotedNumberIsExactOnBothDatabases() {
    for (TestDatabase kind : TestDatabase.values()) {
      try (Database database = Databases.create(kind.freshUrl(), TariffTable.TABLE)) {
        Databases.store(database, TariffTable.TABLE, List.of(new Tariff(new BigDecimal("1E-30"))));
        for (String refused : List.of("-5", "-1E-30", "0.000")) {
          assertThatThrownBy(() -> Databases.store(database, TariffTable.TABLE, List.of(new Tariff(new BigDecimal(refused)))))
              .as(kind + ": " + refused)
              .isInstanceOf(CheckViolationException.class);
        }
      }
    }
  }

  @Test
  void sqliteRefusesToDivideDecimalsInsteadOfRoundingSilently() {
    try (Database database = Databases.create(TestDatabase.SQLITE.freshUrl(), FigureTable.TABLE);
        Session session = database.openSession()) {
      assertThatThrownBy(() -> new FigureDao(session).query()
              .where(FigureTable.AMOUNT.dividedBy(BigDecimal.TEN).gt(BigDecimal.ONE)).all())
          .isInstanceOf(KilnException.class)
          .hasMessageContaining("SQLite cannot divide decimals exactly");
    }
  }

  private static Map<String, Object> answers(Database database) {
    Map<String, Object> answers = new LinkedHashMap<>();
    try (Session session = database.openReadOnlySession()) {
      FigureDao figures = new FigureDao(session);
      for (NumberColumn<Figure, BigDecimal> column : List.of(FigureTable.AMOUNT, FigureTable.MONEY)) {
        for (BigDecimal probe : probes()) {
          for (var filter : filters(column, probe).entrySet()) {
            answers.put(filter.getKey(), ids(figures.query().where(filter.getValue()).orderBy(FigureTable.ID.asc()).all()));
          }
        }
        // NULLs sort first on SQLite and last on PostgreSQL, as each database does: order the values.
        answers.put(column.name() + " ascending",
            ids(figures.query().where(column.isNotNull()).orderBy(column.asc(), FigureTable.ID.asc()).all()));
        answers.put(column.name() + " descending",
            ids(figures.query().where(column.isNotNull()).orderBy(column.desc(), FigureTable.ID.asc()).all()));
        answers.put(column.name() + " min/max/sum", figures.query().select(column.min(), column.max(), column.sum()).all().stream()
            .map(row -> Arrays.asList(normal(row.first()), normal(row.second()), normal(row.third()))).toList());
        answers.put(column.name() + " distinct", figures.query().select(column.countDistinct()).one());
        answers.put(column.name() + " groups", figures.query().where(column.isNotNull())
            .select(column, FigureTable.ID.count()).groupBy(column)
            .orderBy(column.asc()).all().stream().map(row -> Arrays.asList(normal(row.first()), row.second())).toList());
        answers.put(column.name() + " plus and times", ids(figures.query()
            .where(column.plus(new BigDecimal("0.0000000001")).times(BigDecimal.TEN).gt(BigDecimal.ONE))
            .orderBy(FigureTable.ID.asc()).all()));
      }
    }
    return answers;
  }

  /** What the filters must find, from BigDecimal.compareTo over the stored values. */
  private static Map<String, Object> expected() {
    Map<String, Object> expected = new LinkedHashMap<>();
    List<Figure> figures = figures();
    for (int c = 0; c < 2; c++) {
      String name = c == 0 ? "amount" : "money";
      Function<Figure, BigDecimal> value = c == 0 ? f -> f.amount : f -> f.money;
      for (BigDecimal probe : probes()) {
        expected.put(name + " = " + probe, matching(figures, value, v -> v.compareTo(probe) == 0));
        expected.put(name + " < " + probe, matching(figures, value, v -> v.compareTo(probe) < 0));
        expected.put(name + " >= " + probe, matching(figures, value, v -> v.compareTo(probe) >= 0));
      }
      List<Integer> ascending = new ArrayList<>();
      List<Integer> ids = new ArrayList<>();
      for (int i = 0; i < figures.size(); i++) {
        ids.add(i + 1);
      }
      ids.stream().filter(id -> value.apply(figures.get(id - 1)) != null)
          .sorted(Comparator.comparing((Integer id) -> value.apply(figures.get(id - 1))).thenComparing(id -> id))
          .forEach(ascending::add);
      expected.put(name + " ascending", ascending);
    }
    return expected;
  }

  private static Map<String, Predicate<Figure>> filters(NumberColumn<Figure, BigDecimal> column, BigDecimal probe) {
    Map<String, Predicate<Figure>> filters = new LinkedHashMap<>();
    String name = column.name();
    filters.put(name + " = " + probe, column.eq(probe));
    filters.put(name + " <> " + probe, column.ne(probe));
    filters.put(name + " < " + probe, column.lt(probe));
    filters.put(name + " <= " + probe, column.le(probe));
    filters.put(name + " > " + probe, column.gt(probe));
    filters.put(name + " >= " + probe, column.ge(probe));
    filters.put(name + " between " + probe, column.between(probe.negate().min(probe), probe.abs()));
    filters.put(name + " in " + probe, column.in(List.of(probe, probe.negate(), probe.movePointLeft(1))));
    return filters;
  }

  private static List<Integer> matching(
      List<Figure> figures, Function<Figure, BigDecimal> value, java.util.function.Predicate<BigDecimal> test) {
    List<Integer> ids = new ArrayList<>();
    for (int i = 0; i < figures.size(); i++) {
      BigDecimal v = value.apply(figures.get(i));
      if (v != null && test.test(v)) {
        ids.add(i + 1);
      }
    }
    return ids;
  }

  private static List<Integer> ids(List<Figure> figures) {
    return figures.stream().map(figure -> figure.id).toList();
  }

  /** Equal values compare equal whatever their scale: the databases may answer 1.0 or 1.00. */
  private static String normal(BigDecimal value) {
    return value == null ? null : value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
  }

  private static List<Figure> figures() {
    return VALUES.stream().map(value -> new Figure(value, fitsMoney(value) ? value : null)).toList();
  }

  /** Whether the value fits NUMERIC(38, 10) as it is: at most 28 digits before the point and 10 after. */
  private static boolean fitsMoney(BigDecimal value) {
    return value.scale() >= 0 && value.scale() <= 10 && value.precision() - value.scale() <= 28;
  }

  /** Values to compare with: the hostile seeds, and some of the random ones. */
  private static List<BigDecimal> probes() {
    List<BigDecimal> probes = new ArrayList<>(VALUES.subList(0, 48));
    for (int i = 48; i < VALUES.size(); i += 16) {
      probes.add(VALUES.get(i));
    }
    return probes;
  }

  private static List<BigDecimal> hostileValues() {
    List<BigDecimal> values = new ArrayList<>();
    String[] seeds = {
      "0", "0.0", "0.0000000000", "0E-10", "1", "1.0", "1.00", "1.0000000000", "1E+1", "10", "10.000", "0.1",
      "0.10", "1E-10", "0.0000000001", "1E+20", "123E+25", "5E-38", "2.5", "2.50",
      "1234567890123456789012345678.9012345678", "1234567890123456789012345678.9012345679",
      "1234567890123456789012345678.9012345677", "9999999999999999999999999999.9999999999",
    };
    for (String seed : seeds) {
      values.add(new BigDecimal(seed));
      values.add(new BigDecimal(seed).negate());
    }
    Random random = new Random(21);
    while (values.size() < 240) {
      BigInteger unscaled = new BigInteger(random.nextInt(1, 126), random);
      BigDecimal value = new BigDecimal(random.nextBoolean() ? unscaled : unscaled.negate(), random.nextInt(0, 21));
      values.add(value);
      // Its neighbour in the last digit, which a double cannot tell from it.
      values.add(value.add(BigDecimal.ONE.movePointLeft(value.scale())));
    }
    return values;
  }

  private static String plan(Connection connection, String sql) throws Exception {
    try (Statement statement = connection.createStatement();
        ResultSet plan = statement.executeQuery("EXPLAIN QUERY PLAN " + sql.replace("?", "'1'"))) {
      plan.next();
      return plan.getString("detail");
    }
  }
}
