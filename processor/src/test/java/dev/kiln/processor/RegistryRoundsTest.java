package dev.kiln.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.kiln.processor.Compilations.compile;
import static dev.kiln.processor.Compilations.contents;
import static dev.kiln.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import dev.kiln.processor.check.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.annotation.processing.Processor;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The registry lists exactly the models Kiln's per-model processor generated, and is written once,
 * in the round in which the last of them is generated, so that javac compiles it with their classes.
 */
class RegistryRoundsTest {
  private static final String SERVICE_FILE = "META-INF/services/dev.kiln.schema.ModelRegistry";

  /** A model without a primary key, which KilnProcessor rejects with KILN-006. */
  private static final JavaFileObject KEYLESS =
      source(
          "test.Keyless",
          "package test;",
          "",
          "import dev.kiln.annotation.Table;",
          "",
          "@Table",
          "public class Keyless {",
          "  Integer id;",
          "}");

  @Test
  void registryIsWrittenOnceInTheRoundOfTheModelsClasses() {
    FileRecorder files = new FileRecorder();

    assertThat(compile(files.kilnProcessors(), TestModels.user(), TestModels.note())).succeededWithoutWarnings();
    assertThat(files.roundsAndNames())
        .containsExactly(
            "1 test.UserTable", "1 test.UserDao", "1 test.UserQuery",
            "1 test.NoteTable", "1 test.NoteDao", "1 test.NoteQuery",
            "1 test.KilnModels", "1 " + SERVICE_FILE)
        .inOrder();
  }

  @Test
  void underJavacARejectedModelEndsTheRoundsWithTheValidModelRegistered() {
    FileRecorder files = new FileRecorder();

    Compilation compilation = compile(files.kilnProcessors(), TestModels.user(), KEYLESS);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(Diagnostic.NO_PRIMARY_KEY.format("Keyless"));
    assertThat(files.names())
        .containsExactly(
            "test.UserTable", "test.UserDao", "test.UserQuery",
            "test.KeylessTable", "test.KeylessDao", "test.KeylessQuery",
            "test.KilnModels", SERVICE_FILE);
  }

  /**
   * javac runs no further round once a processor has reported an error (above), so to see what the
   * registry processor makes of a rejected model, KilnProcessor's errors are kept from javac here.
   * The registry processor must neither wait for the rejected model nor list it, nor report it again.
   */
  @Test
  void rejectedModelIsLeftOutOfTheRegistryWhileAValidOneIsIn() {
    ErrorRecorder kilnErrors = new ErrorRecorder();
    Processor kiln =
        new ForwardingProcessor(
            new KilnProcessor(),
            environment -> new ForwardingEnvironment(environment, environment.getFiler(), kilnErrors));

    Compilation compilation = compile(List.of(kiln, new ModelRegistryProcessor()), TestModels.user(), KEYLESS);

    assertThat(kilnErrors.errors).containsExactly(Diagnostic.NO_PRIMARY_KEY.format("Keyless"));
    assertThat(compilation).succeededWithoutWarnings();
    String registry = contents(compilation, "test.KilnModels");
    assertThat(registry).contains("UserTable.TABLE");
    assertThat(registry).doesNotContain("Keyless");
  }

  @Test
  void modelAppearingAfterTheRegistryWasWrittenIsRejectedAsLate() {
    // Round 1 generates User's classes and the registry; a model another processor writes in
    // round 1 arrives in round 2.
    List<Processor> processors = new ArrayList<>(Compilations.kilnProcessors());
    processors.add(
        new SourceGeneratingProcessor(
            1,
            "test.Late",
            "package test;",
            "",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "",
            "@Table",
            "public class Late {",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "}"));

    Compilation compilation = compile(processors, TestModels.user());

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(Diagnostic.LATE_MODEL.format("Late"));
  }

  /** A messager that keeps errors from javac, recording their messages. */
  private static final class ErrorRecorder implements Messager {
    final List<String> errors = new ArrayList<>();

    @Override
    public void printMessage(Kind kind, CharSequence message) {
      if (kind == Kind.ERROR) {
        errors.add(message.toString());
      }
    }

    @Override
    public void printMessage(Kind kind, CharSequence message, Element element) {
      printMessage(kind, message);
    }

    @Override
    public void printMessage(Kind kind, CharSequence message, Element element, AnnotationMirror annotation) {
      printMessage(kind, message);
    }

    @Override
    public void printMessage(
        Kind kind, CharSequence message, Element element, AnnotationMirror annotation, AnnotationValue value) {
      printMessage(kind, message);
    }
  }
}
