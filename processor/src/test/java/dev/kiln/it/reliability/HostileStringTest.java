package dev.kiln.it.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.kiln.Database;
import dev.kiln.error.InvalidValueException;
import dev.kiln.query.Predicate;
import dev.kiln.query.StringColumn;
import dev.kiln.session.Session;
import dev.kiln.testing.SqlLog;
import dev.kiln.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Strings made to break quoting, escaping, encodings and pattern matching, on real SQLite and
 * PostgreSQL: each is stored as itself and comes back exactly, and {@code eq}, {@code startsWith},
 * {@code endsWith} and {@code contains} find exactly the rows Java's own {@code String} methods
 * find, so {@code %}, {@code _} and {@code \} match only themselves. U+0000 is kept by SQLite and
 * matched there like any other character; PostgreSQL's text cannot hold it, and Kiln refuses it.
 */
class HostileStringTest {
  /** A string filter of Kiln's and what Java says it means. */
  private record Filter(
      String name,
      BiFunction<StringColumn<Specimen>, String, Predicate<Specimen>> kiln,
      BiPredicate<String, String> java) {}

  /** A string column of the specimen and its value in a specimen. */
  private record TextColumn(StringColumn<Specimen> column, Function<Specimen, String> value) {}

  private static final List<Filter> FILTERS =
      List.of(
          new Filter("eq", (column, text) -> column.eq(text), String::equals),
          new Filter("startsWith", StringColumn::startsWith, String::startsWith),
          new Filter("endsWith", StringColumn::endsWith, String::endsWith),
          new Filter("contains", StringColumn::contains, String::contains));
  private static final List<TextColumn> COLUMNS =
      List.of(
          new TextColumn(SpecimenTable.LABEL, specimen -> specimen.label),
          new TextColumn(SpecimenTable.BODY, specimen -> specimen.body));

  private static final List<String> HOSTILE =
      List.of(
          "",
          "it's",
          "say \"hi\"",
          "'); DROP TABLE specimen; --",
          "C:\\temp\\",
          "\\%",
          "100%",
          "1000", // what "100%" matches as a LIKE pattern
          "a_b",
          "axb", // what "a_b" matches as a LIKE pattern
          "%_\\",
          "🎉 party",
          "👩‍👩‍👧‍👦", // four emoji joined by zero-width joiners (U+200D), each a surrogate pair
          "🏳️‍🌈",
          "𝄞 clef", // U+1D11E
          "\u200Fright-to-left mark",
          "\u202Eexe.txt", // right-to-left override
          "e\u0301", // e and a combining acute accent...
          "\u00e9", // ...are not the precomposed é
          "line\nbreak\r\n\ttab",
          " padded  ",
          "\uD7FF before the surrogates",
          "\uE000 after the surrogates",
          "\uDBFF\uDFFF", // U+10FFFF, the last code point
          "\uDBFF\uDFFF\uDBFF\uDFFF!");
  /** A mebibyte of UTF-16 code units (1.25 MiB of UTF-8) of hostile characters, for the TEXT column. */
  private static final String MEBIBYTE = "%_\\'\"🎉\n".repeat(131_072);
  private static final List<String> FRAGMENTS =
      List.of(
          "", "%", "_", "\\", "\\%", "%_", "100%", "a_b", "C:\\", "\\temp\\", "'", "\"", "e", "\u00e9", "\u0301", "🎉",
          "\u200D", "👩", "\uD834\uDD1E", "\u200F", "\u202E", "\n", "\r\n\t", " ", "  ", "🎉\n%",
          "\uD7FF", "\uDBFF\uDFFF", "\uDBFF\uDFFF\uDBFF\uDFFF");
  /** Strings across U+0000, where code reading a C string would stop, and their neighbours without it. */
  private static final List<String> WITH_NUL =
      List.of("\0", "before\0after", "\0leading", "trailing\0", "%\0_\\", "before", "after", "leading", "trailing");
  private static final List<String> NUL_FRAGMENTS =
      List.of("\0", "e\0a", "\0after", "before\0", "after", "before", "\0l", "g\0", "%\0_", "\0_\\", "x\0", "\0\0");

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void hostileStringsAreStoredAsThemselvesAndComeBackExactly(TestDatabase db) {
    String url = db.freshUrl();
    try (Database database = Specimens.create(url)) {
      List<Specimen> stored = specimens(HOSTILE);
      Specimens.store(database, stored);

      List<Specimen> loaded = Specimens.reload(database, stored);

      assertThat(loaded).extracting(specimen -> specimen.label).containsExactlyElementsOf(labels(HOSTILE));
      assertThat(loaded).extracting(specimen -> specimen.body).containsExactlyElementsOf(withMebibyte(HOSTILE));
      assertThat(Specimens.readWithJdbc(url, "body")).isEqualTo(byId(stored, specimen -> specimen.body));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void filtersFindExactlyTheRowsJavasStringMethodsFind(TestDatabase db) {
    try (Database database = Specimens.create(db.freshUrl())) {
      List<Specimen> stored = specimens(HOSTILE);
      Specimens.store(database, stored);

      assertFiltersAgreeWithJava(
          database, stored, Stream.of(HOSTILE, FRAGMENTS, List.of(MEBIBYTE)).flatMap(List::stream).toList());
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void nulIsKeptAndMatchedLiterallyEverywhereButPostgresqlWhichRefusesIt(TestDatabase db) {
    String url = db.freshUrl();
    try (Database database = Specimens.create(url)) {
      if (db != TestDatabase.POSTGRESQL) {
        List<Specimen> stored = specimens(WITH_NUL);
        Specimens.store(database, stored);

        assertThat(Specimens.reload(database, stored)).extracting(specimen -> specimen.body)
            .containsExactlyElementsOf(withMebibyte(WITH_NUL));
        assertFiltersAgreeWithJava(database, stored, NUL_FRAGMENTS);
      } else {
        Specimens.store(database, List.of(specimen("before")));
        InvalidValueException refused;
        try (Session session = database.openSession()) {
          session.addAll(List.of(specimen("after"), specimen("before\0after")));
          refused = catchThrowableOfType(InvalidValueException.class, session::commit);
        }
        assertThat(refused).as("the refusal of U+0000").isNotNull().hasMessageContaining("0x00");
        assertThat(Specimens.countRows(url, "specimen")).isEqualTo(1);
      }
    }
  }

  /** SQLite's startsWith is a range of the column's order (not LIKE, which stops at U+0000): its index serves it. */
  @Test
  void sqliteStartsWithSearchesTheColumnsIndex() throws SQLException {
    String url = TestDatabase.SQLITE.freshUrl();
    try (Database database = Specimens.create(url);
        SqlLog log = SqlLog.start()) {
      try (Session session = database.openReadOnlySession()) {
        new SpecimenDao(session).query().where(SpecimenTable.LABEL.startsWith("50%")).all();
      }
      String select = log.statementsStartingWith("SELECT").get(0);
      try (Connection connection = Specimens.jdbc(url);
          Statement statement = connection.createStatement();
          ResultSet plan = statement.executeQuery("EXPLAIN QUERY PLAN " + select)) {
        plan.next();
        assertThat(plan.getString("detail")).startsWith("SEARCH specimen USING INDEX specimen_label_idx");
      }
    }
  }

  /**
   * Checks every filter with every text on both columns: the keys found are those of the stored
   * specimens whose value Java says it matches.
   */
  private static void assertFiltersAgreeWithJava(Database database, List<Specimen> stored, List<String> texts) {
    try (Session session = database.openReadOnlySession()) {
      SpecimenDao specimens = new SpecimenDao(session);
      for (TextColumn column : COLUMNS) {
        for (Filter filter : FILTERS) {
          for (String text : texts) {
            List<Integer> expected =
                stored.stream()
                    .filter(specimen -> {
                      String value = column.value().apply(specimen);
                      return value != null && filter.java().test(value, text);
                    })
                    .map(specimen -> specimen.id)
                    .sorted()
                    .toList();
            List<Integer> found =
                specimens.query().where(filter.kiln().apply(column.column(), text)).select(SpecimenTable.ID).all()
                    .stream().sorted().toList();
            assertThat(found).as("%s.%s(%s)", column.column(), filter.name(), visible(text)).isEqualTo(expected);
          }
        }
      }
    }
  }

  /** A specimen per string, in label and body, and one more holding a mebibyte in its body. */
  private static List<Specimen> specimens(List<String> texts) {
    List<Specimen> specimens = new ArrayList<>(texts.stream().map(HostileStringTest::specimen).toList());
    Specimen big = new Specimen();
    big.body = MEBIBYTE;
    specimens.add(big);
    return specimens;
  }

  private static Specimen specimen(String text) {
    Specimen specimen = new Specimen();
    specimen.label = text;
    specimen.body = text;
    return specimen;
  }

  private static List<String> labels(List<String> texts) {
    List<String> labels = new ArrayList<>(texts);
    labels.add(null);
    return labels;
  }

  private static List<String> withMebibyte(List<String> texts) {
    List<String> bodies = new ArrayList<>(texts);
    bodies.add(MEBIBYTE);
    return bodies;
  }

  private static Map<Integer, String> byId(List<Specimen> specimens, Function<Specimen, String> value) {
    Map<Integer, String> values = new HashMap<>();
    specimens.forEach(specimen -> values.put(specimen.id, value.apply(specimen)));
    return values;
  }

  /** The text with its invisible and control characters as escapes, for assertion messages. */
  private static String visible(String text) {
    if (text.length() > 40) {
      return text.length() + " characters";
    }
    StringBuilder shown = new StringBuilder("\"");
    text.codePoints().forEach(c -> shown.append(c < 0x20 || Character.getType(c) == Character.FORMAT
        || Character.getType(c) == Character.NON_SPACING_MARK ? String.format("\\u%04X", c) : Character.toString(c)));
    return shown.append('"').toString();
  }
}
