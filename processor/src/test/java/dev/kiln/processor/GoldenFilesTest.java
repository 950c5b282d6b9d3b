package dev.kiln.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.kiln.processor.Compilations.compile;
import static dev.kiln.processor.Compilations.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated code for two representative models, compared with reviewed copies under
 * {@code src/test/resources/golden}, so that any change to what users read shows up as a diff.
 * After an intended change, regenerate them with {@code -Dkiln.updateGoldens=true} and review the
 * diff before committing.
 */
class GoldenFilesTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  /** A mutable class with accessors (the tutorials' User) and a record with an enum and a primitive key. */
  private static final Compilation COMPILATION =
      compile(
          TestModels.user(),
          source(
              "test.Track",
              "package test;",
              "",
              "import dev.kiln.annotation.Column;",
              "import dev.kiln.annotation.Table;",
              "",
              "@Table(name = \"tracks\")",
              "public record Track(",
              "    @Column(primaryKey = true) long id,",
              "    @Column(length = 120, nullable = false) String title,",
              "    Genre genre,",
              "    byte[] artwork) {",
              "  public enum Genre { ROCK, JAZZ }",
              "}"));

  @ParameterizedTest
  @ValueSource(
      strings = {
        "UserTable", "UserDao", "UserQuery", "TrackTable", "TrackDao", "TrackQuery", "KilnModels"
      })
  void generatedSourceMatchesTheReviewedCopy(String simpleName) throws IOException {
    assertThat(COMPILATION).succeededWithoutWarnings();
    JavaFileObject generated = COMPILATION.generatedSourceFile("test." + simpleName).orElseThrow();
    String actual = generated.getCharContent(false).toString();
    Path golden = GOLDEN.resolve(simpleName + ".java");
    if (Boolean.getBoolean("kiln.updateGoldens")) {
      write(golden, actual);
    }
    assertThat(actual)
        .as("generated %s; if the change is intended, run with -Dkiln.updateGoldens=true", simpleName)
        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  private static void write(Path file, String content) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
