package dev.kiln.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.kiln.processor.Compilations.compiler;
import static dev.kiln.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Kiln reads accessors and constructors that Lombok generates, when Lombok's processor runs before
 * Kiln's in the same round, as it does when Lombok comes first on the processor path. The
 * {@code lombok-ecj} execution runs these tests again under ECJ, with Lombok as a Java agent.
 */
class LombokTest {
  @Test
  void mutableModelIsReadAndWrittenThroughLombokGettersAndSetters() {
    Compilation compilation =
        compileWithLombok(
            source(
                "test.Account",
                "package test;",
                "",
                "import dev.kiln.annotation.Column;",
                "import dev.kiln.annotation.Table;",
                "import lombok.Getter;",
                "import lombok.Setter;",
                "",
                "@Table",
                "@Getter",
                "@Setter",
                "public class Account {",
                "  @Column(primaryKey = true)",
                "  private Long id;",
                "  private String owner;",
                "  private boolean active;",
                "}"));

    assertThat(compilation).succeededWithoutWarnings();
    String table = contents(compilation, "test.AccountTable");
    assertThat(table).contains("account.getOwner()");
    assertThat(table).contains("account.isActive()");
    assertThat(table).contains("account.setOwner(row.getString(2));");
    assertThat(table).contains("account.setActive(row.getBoolean(3));");
  }

  @Test
  void immutableModelIsBuiltThroughItsLombokConstructorAndReadThroughItsGetters() {
    Compilation compilation =
        compileWithLombok(
            source(
                "test.Rate",
                "package test;",
                "",
                "import dev.kiln.annotation.Column;",
                "import dev.kiln.annotation.Table;",
                "import lombok.AllArgsConstructor;",
                "import lombok.Getter;",
                "",
                "@Table",
                "@Getter",
                "@AllArgsConstructor",
                "public class Rate {",
                "  @Column(primaryKey = true, length = 3)",
                "  private final String currency;",
                "  private final double perEuro;",
                "}"));

    assertThat(compilation).succeededWithoutWarnings();
    String table = contents(compilation, "test.RateTable");
    assertThat(table).contains("return new Rate(");
    assertThat(table).contains("rate.getCurrency()");
    assertThat(table).contains("rate.getPerEuro()");
  }

  @Test
  void valueModelWithExplicitlyPrivateFinalFieldsIsBuiltThroughLombok() {
    Compilation compilation =
        compileWithLombok(
            source(
                "test.Rate",
                "package test;",
                "",
                "import dev.kiln.annotation.Column;",
                "import dev.kiln.annotation.Table;",
                "import lombok.Value;",
                "",
                "@Table",
                "@Value",
                "public class Rate {",
                "  @Column(primaryKey = true, length = 3)",
                "  private final String currency;",
                "  private final double perEuro;",
                "}"));

    assertThat(compilation).succeededWithoutWarnings();
    String table = contents(compilation, "test.RateTable");
    assertThat(table).contains("return new Rate(");
    assertThat(table).contains("rate.getPerEuro()");
  }

  /**
   * Compiles with Lombok's processor, then Kiln's. Lombok's jar also registers a ClaimingProcessor,
   * which only claims Lombok's annotations so that javac does not warn they went unclaimed: Kiln
   * needs nothing from it.
   */
  private static Compilation compileWithLombok(JavaFileObject source) {
    return compiler()
        .withProcessors(lombok("AnnotationProcessor"), new KilnProcessor())
        .compile(source);
  }

  /** One of Lombok's processors: public classes nested in a package-private one, so not nameable here. */
  private static Processor lombok(String simpleName) {
    try {
      return (Processor)
          Class.forName("lombok.launch.AnnotationProcessorHider$" + simpleName).getConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String contents(Compilation compilation, String qualifiedName) {
    JavaFileObject file = compilation.generatedSourceFile(qualifiedName).orElseThrow();
    try {
      return file.getCharContent(false).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
