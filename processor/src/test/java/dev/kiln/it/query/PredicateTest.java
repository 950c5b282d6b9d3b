package dev.kiln.it.query;

import static dev.kiln.it.query.AthleteTable.BONUS;
import static dev.kiln.it.query.AthleteTable.NAME;
import static dev.kiln.it.query.AthleteTable.SCORE;
import static dev.kiln.it.query.AthleteTable.TEAM;
import static dev.kiln.it.query.Fixtures.athletes;
import static dev.kiln.it.query.Fixtures.names;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.Database;
import dev.kiln.query.Predicate;
import dev.kiln.session.Session;
import dev.kiln.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every predicate operator, run on real rows of both dialects (see {@link Fixtures#athletes()}).
 * A comparison with a null column is unknown in SQL, so such rows match neither a predicate nor its
 * negation.
 */
class PredicateTest {
  /** Runs the check in a session on a fresh database holding the six athletes and any extra ones. */
  private static void withAthletes(TestDatabase kind, List<Athlete> extra, Consumer<AthleteDao> check) {
    String url = kind.freshUrl();
    try (Database database = Fixtures.create(url, AthleteTable.TABLE)) {
      List<Athlete> rows = new ArrayList<>(athletes());
      rows.addAll(extra);
      Fixtures.store(database, rows);
      try (Session session = database.openSession()) {
        check.accept(new AthleteDao(session));
      }
    }
  }

  private static void withAthletes(TestDatabase kind, Consumer<AthleteDao> check) {
    withAthletes(kind, List.of(), check);
  }

  /**
   * The names of the athletes matching the predicate, sorted in Java: the databases' collations may
   * order mixed case differently, and ordering is not what these tests are about.
   */
  private static List<String> matching(AthleteDao athletes, Predicate<Athlete> predicate) {
    return names(athletes.query().where(predicate).all()).stream().sorted().toList();
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void comparisonsWithAValueSelectTheRightRows(TestDatabase kind) {
    withAthletes(kind, athletes -> {
      assertThat(matching(athletes, SCORE.eq(20))).containsExactly("cid", "fay");
      assertThat(matching(athletes, SCORE.ne(20))).containsExactly("ann", "bob", "dee", "eve");
      assertThat(matching(athletes, SCORE.lt(20))).containsExactly("bob");
      assertThat(matching(athletes, SCORE.le(20))).containsExactly("bob", "cid", "fay");
      assertThat(matching(athletes, SCORE.gt(30))).containsExactly("dee", "eve");
      assertThat(matching(athletes, SCORE.ge(30))).containsExactly("ann", "dee", "eve");
      assertThat(matching(athletes, NAME.gt("cid"))).containsExactly("dee", "eve", "fay");
      // A null value means IS NULL and IS NOT NULL, as in SQLAlchemy. (A bare eq(null) literal is
      // ambiguous with eq(Expression) and does not compile; a typed null, as from a variable, does.)
      Integer noBonus = null;
      assertThat(matching(athletes, BONUS.eq(noBonus))).containsExactly("bob", "eve");
      assertThat(matching(athletes, BONUS.ne(noBonus))).containsExactly("ann", "cid", "dee", "fay");
    });
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void columnsCompareWithColumnsOfTheSameType(TestDatabase kind) {
    withAthletes(kind, athletes -> {
      // Rows with a null bonus match none of these.
      assertThat(matching(athletes, SCORE.gt(BONUS))).containsExactly("ann", "fay");
      assertThat(matching(athletes, SCORE.ge(BONUS))).containsExactly("ann", "dee", "fay");
      assertThat(matching(athletes, SCORE.eq(BONUS))).containsExactly("dee");
      assertThat(matching(athletes, SCORE.ne(BONUS))).containsExactly("ann", "cid", "fay");
      assertThat(matching(athletes, SCORE.lt(BONUS))).containsExactly("cid");
      assertThat(matching(athletes, SCORE.le(BONUS))).containsExactly("cid", "dee");
      assertThat(matching(athletes, SCORE.plus(BONUS).ge(45))).containsExactly("cid", "dee");
      assertThat(matching(athletes, SCORE.times(2).gt(SCORE.plus(BONUS)))).containsExactly("ann", "fay");
      assertThat(matching(athletes, NAME.lt(TEAM))).containsExactly("ann", "bob", "fay");
    });
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void betweenIncludesBothBounds(TestDatabase kind) {
    withAthletes(kind, athletes -> {
      assertThat(matching(athletes, SCORE.between(20, 40))).containsExactly("ann", "cid", "dee", "fay");
      assertThat(matching(athletes, SCORE.between(21, 29))).isEmpty();
      assertThat(matching(athletes, SCORE.between(40, 20))).isEmpty();
      assertThat(matching(athletes, NAME.between("b", "d"))).containsExactly("bob", "cid");
    });
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void inAndNotInTestMembership(TestDatabase kind) {
    withAthletes(kind, athletes -> {
      assertThat(matching(athletes, NAME.in("bob", "eve", "zed"))).containsExactly("bob", "eve");
      assertThat(matching(athletes, SCORE.in(List.of(10, 20)))).containsExactly("bob", "cid", "fay");
      assertThat(matching(athletes, SCORE.in(Set.of(50)))).containsExactly("eve");
      assertThat(matching(athletes, SCORE.notIn(10, 20))).containsExactly("ann", "dee", "eve");
      assertThat(matching(athletes, NAME.notIn(List.of("ann", "bob")))).containsExactly("cid", "dee", "eve", "fay");
      // A null team is neither in nor not in a list.
      assertThat(matching(athletes, TEAM.notIn("red"))).containsExactly("cid", "dee", "fay");
      // Empty lists: in matches nothing, notIn everything, rather than being an SQL error.
      assertThat(matching(athletes, SCORE.in(List.of()))).isEmpty();
      assertThat(matching(athletes, SCORE.in())).isEmpty();
      assertThat(matching(athletes, SCORE.notIn(List.of()))).hasSize(6);
      assertThat(matching(athletes, TEAM.notIn())).hasSize(6);
    });
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void isNullAndIsNotNullTestForNull(TestDatabase kind) {
    withAthletes(kind, athletes -> {
      assertThat(matching(athletes, TEAM.isNull())).containsExactly("eve");
      assertThat(matching(athletes, TEAM.isNotNull())).containsExactly("ann", "bob", "cid", "dee", "fay");
      assertThat(matching(athletes, BONUS.isNull().and(TEAM.isNotNull()))).containsExactly("bob");
    });
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void notNegatesAnyPredicate(TestDatabase kind) {
    withAthletes(kind, athletes -> {
      assertThat(matching(athletes, SCORE.gt(20).not())).containsExactly("bob", "cid", "fay");
      assertThat(matching(athletes, Predicate.not(SCORE.between(20, 40)))).containsExactly("bob", "eve");
      assertThat(matching(athletes, TEAM.isNull().not())).hasSize(5);
      // NOT of an unknown comparison is still unknown: eve (no team) matches neither.
      assertThat(matching(athletes, TEAM.eq("red").not())).containsExactly("cid", "dee", "fay");
      assertThat(matching(athletes, SCORE.gt(20).not().not())).containsExactly("ann", "dee", "eve");
    });
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void andOrAndNotNestAsWritten(TestDatabase kind) {
    withAthletes(kind, athletes -> {
      // (red AND score > 15) OR (blue AND score < 25): AND binds first in the Java as in the SQL.
      Predicate<Athlete> either = TEAM.eq("red").and(SCORE.gt(15)).or(TEAM.eq("blue").and(SCORE.lt(25)));
      assertThat(matching(athletes, either)).containsExactly("ann", "cid");
      // red AND (score > 15 OR score < 15): the grouping must survive rendering.
      Predicate<Athlete> grouped = TEAM.eq("red").and(SCORE.gt(15).or(SCORE.lt(15)));
      assertThat(matching(athletes, grouped)).containsExactly("ann", "bob");
      // NOT over a nested OR of ANDs, inside an AND with an OR.
      Predicate<Athlete> deep =
          Predicate.and(
              Predicate.not(Predicate.or(TEAM.eq("red").and(BONUS.isNull()), TEAM.eq("blue").and(SCORE.ge(40)))),
              Predicate.or(SCORE.le(20), NAME.eq("eve"), BONUS.eq(5)));
      // The NOT excludes bob and dee; ann (bonus 5), cid and fay (score 20) pass the OR. eve's null
      // team makes the NOT unknown, so she matches neither this nor its negation.
      assertThat(matching(athletes, deep)).containsExactly("ann", "cid", "fay");
      assertThat(matching(athletes, Predicate.not(deep))).containsExactly("bob", "dee");
      // Several where() calls combine with AND.
      assertThat(names(athletes.query().where(TEAM.eq("blue")).where(SCORE.gt(25)).all())).containsExactly("dee");
    });
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void likeIsCaseSensitiveAndIlikeIsNot(TestDatabase kind) {
    List<Athlete> cased = List.of(athlete("Zoe"), athlete("ZOE"), athlete("zoe"), athlete("zoey"));
    withAthletes(kind, cased, athletes -> {
      assertThat(matching(athletes, NAME.like("zo%"))).containsExactly("zoe", "zoey");
      assertThat(matching(athletes, NAME.like("Zo_"))).containsExactly("Zoe");
      assertThat(matching(athletes, NAME.like("zoe"))).containsExactly("zoe");
      assertThat(matching(athletes, NAME.like("Z%").and(NAME.notLike("ZO%")))).containsExactly("Zoe");
      assertThat(matching(athletes, NAME.ilike("zoe"))).containsExactly("ZOE", "Zoe", "zoe");
      assertThat(matching(athletes, NAME.ilike("ZO%"))).containsExactly("ZOE", "Zoe", "zoe", "zoey");
      assertThat(matching(athletes, NAME.ilike("z%").and(NAME.notIlike("%E")))).containsExactly("zoey");
      assertThat(matching(athletes, NAME.containsIgnoringCase("OE"))).containsExactly("ZOE", "Zoe", "zoe", "zoey");
      assertThat(matching(athletes, NAME.contains("OE"))).containsExactly("ZOE");
      assertThat(matching(athletes, NAME.startsWith("z"))).containsExactly("zoe", "zoey");
      assertThat(matching(athletes, NAME.endsWith("E"))).containsExactly("ZOE");
    });
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void startsWithEndsWithAndContainsMatchWildcardsAndBackslashesLiterally(TestDatabase kind) {
    List<Athlete> tricky =
        List.of(
            athlete("100%"), athlete("1000"), athlete("a_b"), athlete("axb"),
            athlete("c\\d"), athlete("cd"), athlete("c\\\\d"), athlete("50% off_"));
    withAthletes(kind, tricky, athletes -> {
      // In a like() pattern, % and _ are wildcards...
      assertThat(matching(athletes, NAME.like("100%"))).containsExactly("100%", "1000");
      assertThat(matching(athletes, NAME.like("a_b"))).containsExactly("a_b", "axb");
      // ...in these they match only themselves.
      assertThat(matching(athletes, NAME.startsWith("100%"))).containsExactly("100%");
      assertThat(matching(athletes, NAME.contains("%"))).containsExactly("100%", "50% off_");
      assertThat(matching(athletes, NAME.endsWith("_b"))).containsExactly("a_b");
      assertThat(matching(athletes, NAME.contains("_"))).containsExactly("50% off_", "a_b");
      assertThat(matching(athletes, NAME.endsWith("% off_"))).containsExactly("50% off_");
      assertThat(matching(athletes, NAME.containsIgnoringCase("A_B"))).containsExactly("a_b");
      // A backslash is the escape character Kiln uses, so it must itself be escaped: c\d, not cd.
      assertThat(matching(athletes, NAME.contains("\\"))).containsExactly("c\\\\d", "c\\d");
      assertThat(matching(athletes, NAME.startsWith("c\\d"))).containsExactly("c\\d");
      assertThat(matching(athletes, NAME.endsWith("\\d"))).containsExactly("c\\\\d", "c\\d");
      assertThat(matching(athletes, NAME.contains("\\\\"))).containsExactly("c\\\\d");
      assertThat(matching(athletes, NAME.containsIgnoringCase("C\\D"))).containsExactly("c\\d");
      assertThat(matching(athletes, NAME.contains("\\%"))).isEmpty();
    });
  }

  /**
   * A backslash in a like() pattern escapes the next character on both dialects: PostgreSQL's
   * default, declared to SQLite, which has no default escape character.
   */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void likePatternsEscapeWithABackslashOnEitherDialect(TestDatabase kind) {
    List<Athlete> tricky = List.of(athlete("a%b"), athlete("axb"), athlete("c\\d"), athlete("cd"));
    withAthletes(kind, tricky, athletes -> {
      assertThat(matching(athletes, NAME.like("a\\%b"))).containsExactly("a%b");
      assertThat(matching(athletes, NAME.like("a\\_b"))).isEmpty();
      assertThat(matching(athletes, NAME.like("c\\d"))).containsExactly("cd");
      assertThat(matching(athletes, NAME.like("c\\\\d"))).containsExactly("c\\d");
      assertThat(matching(athletes, NAME.ilike("A\\%B"))).containsExactly("a%b");
      assertThat(matching(athletes, NAME.like("_\\%_").or(NAME.notLike("%\\%%").and(NAME.like("a_b"))))).containsExactly("a%b", "axb");
    });
  }

  /**
   * Case folding beyond ASCII differs by dialect. SQLite's lower() (without the ICU extension,
   * which sqlite-jdbc does not ship) folds only A-Z, so ilike ignores the case of ASCII letters
   * only: "ÄPFEL" ilike "Äpfel" matches (the Ä is the same on both sides) but ilike "äpfel" does
   * not. PostgreSQL's ILIKE folds by the database's LC_CTYPE: every letter under a UTF-8 locale
   * such as C.UTF-8 or en_US.UTF-8, only ASCII under the plain C (or POSIX) locale.
   */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void ilikeFoldsNonAsciiLettersOnlyWherePostgresqlsLocaleDoes(TestDatabase kind) throws SQLException {
    String url = kind.freshUrl();
    // MariaDB's lower() folds every Unicode letter of utf8mb4.
    boolean foldsBeyondAscii =
        kind == TestDatabase.MARIADB || (kind == TestDatabase.POSTGRESQL && !asciiOnlyCtype(url));
    try (Database database = Fixtures.create(url, AthleteTable.TABLE)) {
      Fixtures.store(database, List.of(athlete("ÄPFEL"), athlete("Ωmega"), athlete("apfel")));
      try (Session session = database.openSession()) {
        AthleteDao athletes = new AthleteDao(session);
        assertThat(matching(athletes, NAME.ilike("Äpfel"))).containsExactly("ÄPFEL");
        assertThat(matching(athletes, NAME.ilike("APFEL"))).containsExactly("apfel");
        if (foldsBeyondAscii) {
          assertThat(matching(athletes, NAME.ilike("äpfel"))).containsExactly("ÄPFEL");
          assertThat(matching(athletes, NAME.containsIgnoringCase("ωME"))).containsExactly("Ωmega");
          assertThat(matching(athletes, NAME.notIlike("ä%"))).containsExactly("apfel", "Ωmega");
        } else {
          assertThat(matching(athletes, NAME.ilike("äpfel"))).isEmpty();
          assertThat(matching(athletes, NAME.containsIgnoringCase("ωME"))).isEmpty();
          assertThat(matching(athletes, NAME.notIlike("ä%"))).containsExactly("apfel", "ÄPFEL", "Ωmega");
        }
        // like() itself never folds case, on either dialect.
        assertThat(matching(athletes, NAME.like("äpfel"))).isEmpty();
      }
    }
  }

  /** Whether the PostgreSQL database at the URL folds only ASCII letters (the C or POSIX ctype). */
  private static boolean asciiOnlyCtype(String url) throws SQLException {
    try (Connection connection = Fixtures.jdbc(url);
        Statement statement = connection.createStatement();
        // The database's own ctype: SHOW lc_ctype is gone since PostgreSQL 16.
        ResultSet ctype =
            statement.executeQuery("SELECT datctype FROM pg_database WHERE datname = current_database()")) {
      ctype.next();
      return Set.of("C", "POSIX").contains(ctype.getString(1));
    }
  }

  private static Athlete athlete(String name) {
    return new Athlete(name, "pink", 0, null);
  }
}
