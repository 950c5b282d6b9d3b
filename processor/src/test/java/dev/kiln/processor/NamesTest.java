package dev.kiln.processor;

import static com.google.common.truth.Truth.assertThat;

import dev.kiln.processor.model.Names;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NamesTest {
  static Stream<Arguments> camelAndSnake() {
    return Stream.of(
        Arguments.of("User", "user"),
        Arguments.of("BookAuthor", "book_author"),
        Arguments.of("joinedOn", "joined_on"),
        Arguments.of("memoryInGb", "memory_in_gb"),
        Arguments.of("memoryInGB", "memory_in_gb"),
        Arguments.of("HTTPServer", "http_server"),
        Arguments.of("userID", "user_id"),
        Arguments.of("ID", "id"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("camelAndSnake")
  void snakeCaseSplitsWordsAndAcronyms(String camel, String snake) {
    assertThat(Names.snakeCase(camel)).isEqualTo(snake);
  }

  /** In Turkish, the lower case of {@code I} is a dotless {@code ı}: {@code ID} must still be {@code id}. */
  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("camelAndSnake")
  void snakeCaseIsTheSameUnderATurkishDefaultLocale(String camel, String snake) {
    Locale original = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertThat(Names.snakeCase(camel)).isEqualTo(snake);
    } finally {
      Locale.setDefault(original);
    }
  }
}
