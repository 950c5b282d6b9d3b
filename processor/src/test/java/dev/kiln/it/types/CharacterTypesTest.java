package dev.kiln.it.types;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * char and Character on real SQLite and PostgreSQL: any character of the Basic Multilingual Plane
 * but U+0000 comes back, is found by equality, and sorts. (Strings are proven in {@link
 * TypeRoundTripTest}; the characters no database can store in {@link InvalidValueTest}.)
 */
class CharacterTypesTest {
  private static final ColumnValues<Glyph, Character> LETTER =
      new ColumnValues<>(
          GlyphTable.LETTER, session -> new GlyphDao(session).query(), v -> new Glyph(null, v, null), Glyph::letter);
  private static final ColumnValues<Glyph, Character> MARK =
      new ColumnValues<>(
          GlyphTable.MARK, session -> new GlyphDao(session).query(), v -> new Glyph(null, 'x', v), Glyph::mark);

  /**
   * A space, which PostgreSQL's CHAR(1) could mistake for padding, control characters, quotes,
   * non-ASCII letters, and the last character of the BMP.
   */
  private static final List<Character> CHARACTERS =
      List.of(' ', '\t', '\n', '\u0001', '\'', '"', '\\', 'a', 'Z', 'é', 'ß', '€', '日', '\u00A0', '\uFFFD', '\uFFFF');
  /** Ascending in every collation, as PostgreSQL sorts text by the database's collation. */
  private static final List<Character> ASCENDING = List.of('0', '7', 'a', 'k', 'z');

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void charactersRoundTripIncludingSpacesAndNonAsciiLetters(TestDatabase db) {
    LETTER.assertRoundTrips(db, CHARACTERS);
    MARK.assertRoundTrips(db, CHARACTERS);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void charactersAreFoundByEquality(TestDatabase db) {
    LETTER.assertEachFoundByEquality(db, CHARACTERS);
    MARK.assertEachFoundByEquality(db, CHARACTERS);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void charactersAreOrdered(TestDatabase db) {
    LETTER.assertFoundAndOrdered(db, ASCENDING);
    MARK.assertFoundAndOrdered(db, ASCENDING);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void nullCharacterRoundTripsNull(TestDatabase db) {
    Glyph loaded = Databases.storeAndReload(db, GlyphTable.TABLE, List.of(new Glyph(null, 'q', null))).get(0);

    assertThat(loaded.mark()).isNull();
    assertThat(loaded.letter()).isEqualTo('q');
  }
}
