package dev.kiln.it.query;

import static dev.kiln.it.query.AthleteTable.NAME;
import static dev.kiln.it.query.AthleteTable.SCORE;
import static dev.kiln.it.query.AthleteTable.TEAM;
import static dev.kiln.it.query.Fixtures.names;
import static dev.kiln.query.Assignment.set;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.Database;
import dev.kiln.query.Column;
import dev.kiln.query.Order;
import dev.kiln.query.Predicate;
import dev.kiln.schema.ValueType;
import dev.kiln.session.Session;
import dev.kiln.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Queries shaped by user input: sort keys are looked up with {@code AthleteTable.column(name)}, so
 * only a real column name yields one, and filter values are bound as parameters, so they match only
 * rows holding exactly that text. Neither ever becomes SQL.
 */
class DynamicQueryTest {
  /** Attempts at SQL injection, comment and quoting tricks, and awkward Unicode; no NULs (PostgreSQL text cannot hold one). */
  private static final List<String> HOSTILE =
      List.of(
          "name; DROP TABLE athlete",
          "name; DROP TABLE athlete; --",
          "' OR 1=1 --",
          "' OR '1'='1",
          "x'); DELETE FROM athlete; --",
          "name -- comment",
          "name /* comment */",
          "/* */name",
          "\"name\"",
          "name\"; DROP TABLE \"athlete",
          "score DESC",
          "1",
          "NAME",
          " name",
          "name\n",
          "\\",
          "%",
          "_",
          "\u202Ename",
          "\u05E9\u05DD \u0627\u0644\u0627\u0633\u0645",
          "na\u200Bme",
          "\uD83D\uDE00",
          "\uD83D\uDC69\u200D\uD83D\uDCBB",
          "x".repeat(1024 * 1024));

  /** A sort order from a request parameter such as "score" or "-score"; unknown columns give none. */
  private static Optional<Order<Athlete>> sortKey(String parameter) {
    boolean descending = parameter.startsWith("-");
    String name = descending ? parameter.substring(1) : parameter;
    return AthleteTable.column(name).map(column -> descending ? column.desc() : column.asc());
  }

  @Test
  void columnLookupFindsEveryColumnByItsName() {
    for (Column<Athlete, ?> column : AthleteTable.TABLE.columns()) {
      assertThat(AthleteTable.column(column.name())).containsSame(column);
    }
    assertThat(AthleteTable.column("score")).containsSame(SCORE);
  }

  @Test
  void columnLookupOfAnythingButAColumnNameIsEmpty() {
    for (String hostile : HOSTILE) {
      assertThat(AthleteTable.column(hostile)).as(abbreviated(hostile)).isEmpty();
      assertThat(sortKey(hostile)).as(abbreviated(hostile)).isEmpty();
      assertThat(sortKey("-" + hostile)).as(abbreviated(hostile)).isEmpty();
      assertThat(dynamicFilter(hostile, "ann")).as(abbreviated(hostile)).isEmpty();
    }
    assertThat(AthleteTable.column("")).isEmpty();
    // A text value for a number column is refused before any query is built.
    assertThat(dynamicFilter("score", "1 OR 1=1")).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void sortKeysFromUserInputOrderTheRows(TestDatabase kind) {
    try (Database database = Fixtures.create(kind.freshUrl(), AthleteTable.TABLE)) {
      Fixtures.store(database, Fixtures.athletes());
      try (Session session = database.openSession()) {
        AthleteDao athletes = new AthleteDao(session);
        assertThat(sorted(athletes, "-score")).containsExactly("eve", "dee", "ann", "cid", "fay", "bob");
        assertThat(sorted(athletes, "name")).containsExactly("ann", "bob", "cid", "dee", "eve", "fay");
        assertThat(sorted(athletes, "-id")).containsExactly("fay", "eve", "dee", "cid", "bob", "ann");
        // An unknown key falls back to the default order rather than reaching the database.
        assertThat(sorted(athletes, "' OR 1=1 --")).containsExactly("ann", "bob", "cid", "dee", "eve", "fay");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void hostileFilterValuesMatchOnlyRowsHoldingThatExactText(TestDatabase kind) throws SQLException {
    String url = kind.freshUrl();
    try (Database database = Fixtures.create(url, AthleteTable.TABLE)) {
      Fixtures.store(database, Fixtures.athletes());
      List<String> tablesBefore = tables(url);
      String checksumBefore = checksum(url);
      try (Session session = database.openSession()) {
        AthleteDao athletes = new AthleteDao(session);
        for (String hostile : HOSTILE) {
          assertThat(athletes.query().where(NAME.eq(hostile)).all()).as(abbreviated(hostile)).isEmpty();
          assertThat(athletes.query().where(NAME.in(hostile, hostile + "'")).count()).as(abbreviated(hostile)).isZero();
          assertThat(athletes.query().where(TEAM.eq(hostile).or(TEAM.ne(hostile).and(NAME.eq(hostile)))).count())
              .as(abbreviated(hostile)).isZero();
          assertThat(athletes.query().where(NAME.eq(hostile)).update(set(SCORE, 0))).as(abbreviated(hostile)).isZero();
          assertThat(athletes.query().where(NAME.eq(hostile)).delete()).as(abbreviated(hostile)).isZero();
          // A column named in the input, filtered by a value from the input.
          assertThat(athletes.query().where(dynamicFilter("team", hostile).orElseThrow()).count()).isZero();
        }
        session.commit();
      }
      assertThat(checksum(url)).isEqualTo(checksumBefore);
      assertThat(tables(url)).isEqualTo(tablesBefore);

      // Stored as data, each hostile value matches exactly its own row.
      List<Athlete> stored = new ArrayList<>();
      for (String hostile : HOSTILE) {
        stored.add(new Athlete(hostile, null, 1, null));
      }
      Fixtures.store(database, stored);
      try (Session session = database.openSession()) {
        AthleteDao athletes = new AthleteDao(session);
        for (String hostile : HOSTILE) {
          assertThat(names(athletes.query().where(NAME.eq(hostile)).all())).as(abbreviated(hostile)).containsExactly(hostile);
          assertThat(athletes.query().where(NAME.ne(hostile)).count()).as(abbreviated(hostile)).isEqualTo(6 + HOSTILE.size() - 1);
        }
        // Pattern searches treat the input as text too (up to SQLite's 50,000-byte LIKE pattern limit).
        assertThat(names(athletes.query().where(NAME.contains("' OR 1=1")).all())).containsExactly("' OR 1=1 --");
        assertThat(names(athletes.query().where(NAME.startsWith("%")).all())).containsExactly("%");
        assertThat(names(athletes.query().where(NAME.endsWith("\\")).all())).containsExactly("\\");
        assertThat(names(athletes.query().where(NAME.containsIgnoringCase("/* COMMENT */")).all())).containsExactly("name /* comment */");
      }
      assertThat(tables(url)).isEqualTo(tablesBefore);
    }
  }

  /**
   * A filter on a column named in the input with a value from the input; only text columns take
   * text. The lookup's column has a wildcard value type, so the cast is checked by the type test.
   */
  @SuppressWarnings("unchecked")
  private static Optional<Predicate<Athlete>> dynamicFilter(String columnName, String value) {
    return AthleteTable.column(columnName)
        .filter(column -> column.type() == ValueType.STRING)
        .map(column -> ((Column<Athlete, String>) column).eq(value));
  }

  private static List<String> sorted(AthleteDao athletes, String parameter) {
    AthleteQuery query = athletes.query();
    sortKey(parameter).ifPresent(query::orderBy);
    return names(query.orderBy(NAME.asc()).all());
  }

  /** Row count and a checksum of every column, read with plain JDBC. */
  private static String checksum(String url) throws SQLException {
    try (Connection connection = Fixtures.jdbc(url);
        Statement statement = connection.createStatement();
        ResultSet sums =
            statement.executeQuery(
                "SELECT COUNT(*), SUM(id), SUM(LENGTH(name)), MIN(name), MAX(name), SUM(LENGTH(team)),"
                    + " SUM(score), SUM(bonus) FROM athlete")) {
      sums.next();
      List<String> values = new ArrayList<>();
      for (int i = 1; i <= 8; i++) {
        values.add(sums.getString(i));
      }
      return String.join("|", values);
    }
  }

  /** The names of the tables in the test's schema, from the driver's metadata. */
  private static List<String> tables(String url) throws SQLException {
    try (Connection connection = Fixtures.jdbc(url);
        // The catalog too: MariaDB's databases are catalogs, and without it every database's tables are listed.
        ResultSet tables = connection.getMetaData().getTables(
            connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
      List<String> names = new ArrayList<>();
      while (tables.next()) {
        names.add(tables.getString("TABLE_NAME"));
      }
      assertThat(names).contains("athlete");
      return names;
    }
  }

  private static String abbreviated(String value) {
    return value.length() > 40 ? value.substring(0, 40) + "... (" + value.length() + " chars)" : value;
  }
}
