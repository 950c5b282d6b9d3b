package dev.kiln.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.kiln.processor.Compilations.compile;
import static dev.kiln.processor.Compilations.contents;
import static dev.kiln.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A model that mentions a type another processor generates waits for the round in which that type
 * exists; one that mentions a type that never appears fails with javac's error alone.
 */
class DeferredModelsTest {
  private static final String SERVICE_FILE = "META-INF/services/dev.kiln.schema.ModelRegistry";

  @Test
  void modelUsingATypeAnotherProcessorGeneratesIsGeneratedInALaterRoundAndRegistered() {
    FileRecorder files = new FileRecorder();
    List<Processor> processors = new ArrayList<>(files.kilnProcessors());
    processors.add(
        files.recording(
            new SourceGeneratingProcessor(1, "test.Currency", "package test;", "", "public enum Currency { EUR, USD }")));

    Compilation compilation = compile(processors, TestModels.user(), wallet("public class Wallet {", "Currency currency;"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(contents(compilation, "test.WalletTable"))
        .contains("ValueType.enumByName(\"Currency\", Currency::valueOf)");
    String registry = contents(compilation, "test.KilnModels");
    assertThat(registry).contains("UserTable.TABLE");
    assertThat(registry).contains("WalletTable.TABLE");
    assertThat(files.roundsAndNames())
        .containsExactly(
            "1 test.UserTable", "1 test.UserDao", "1 test.UserQuery",
            "1 test.Currency",
            "2 test.WalletTable", "2 test.WalletDao", "2 test.WalletQuery",
            "2 test.KilnModels", "2 " + SERVICE_FILE)
        .inOrder();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "field type         | public class Wallet {                | Missing money;                        | 8",
        "type argument      | public class Wallet {                | transient java.util.List<Missing> ms; | 8",
        "superclass         | public class Wallet extends Missing { | String note;                          | 5",
        "annotation's class | public class Wallet {                | @Ref(Missing.class) String note;      | 8",
      })
  void modelUsingATypeThatNeverAppearsFailsWithJavacsErrorAloneAndGeneratesNothing(
      String reference, String declaration, String member, long errorLine) {
    JavaFileObject wallet = wallet(declaration, member);
    FileRecorder files = new FileRecorder();

    Compilation compilation = compile(files.kilnProcessors(), TestModels.user(), wallet);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(wallet).onLine(errorLine);
    // The registry waits for Wallet, which never comes; the compilation fails anyway.
    assertThat(files.names()).containsExactly("test.UserTable", "test.UserDao", "test.UserQuery");
  }

  /** A model whose type declaration is line 5 and whose second member is line 8. */
  private static JavaFileObject wallet(String declaration, String member) {
    return source(
        "test.Wallet",
        "package test;",
        "import dev.kiln.annotation.Column;",
        "import dev.kiln.annotation.Table;",
        "@Table",
        declaration, // 5
        "  @Column(primaryKey = true)",
        "  Integer id;",
        "  " + member, // 8
        "  @interface Ref { Class<?> value(); }",
        "}");
  }
}
