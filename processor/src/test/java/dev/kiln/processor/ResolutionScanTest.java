package dev.kiln.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.kiln.processor.Compilations.compile;
import static dev.kiln.processor.Compilations.source;

import dev.kiln.processor.read.ResolutionScan;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link ResolutionScan} finds a generated type wherever a model may mention it, until the round
 * after it was written. The type, {@code Money}, is written in round 1; javac's last round is 3.
 */
class ResolutionScanTest {
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "public class M { Money money; }",
        "public class M { Money[] monies; }",
        "public class M { transient java.util.List<? extends Money> monies; }",
        "public class M { Money money() { return null; } }",
        "public class M { void pay(Money money) {} }",
        "public record M(Money money) {}",
        "public class M extends Money {}",
        "public class M extends Middle {} class Middle extends Money {}",
        "public class M extends java.util.ArrayList<Money> {}",
        "@Ref(Money.class) public class M {}",
        "public class M { @Ref(Money.class) String note; }",
        "public class M { @Refs({String.class, Money.class}) String note; }",
        "public class M { @Column(name = Money.COLUMN) String note; }",
      })
  void modelIsUnresolvedUntilTheRoundAfterAGeneratedTypeItMentionsIsWritten(String declaration) {
    assertThat(resolvedByRound(declaration)).containsExactly(false, true, true).inOrder();
  }

  @Test
  void modelMentioningOnlyExistingTypesIsResolvedFromTheFirstRound() {
    String declaration =
        "public class M extends java.util.ArrayList<String> {"
            + " @Ref(String.class) @Column(name = \"<error>\") String note; int count() { return 0; } }";

    assertThat(resolvedByRound(declaration)).containsExactly(true, true, true).inOrder();
  }

  /** Compiles {@code test.M}, declared as given, and whether the scan found it resolved in each round. */
  private static List<Boolean> resolvedByRound(String declaration) {
    SourceGeneratingProcessor money =
        new SourceGeneratingProcessor(
            1, "test.Money", "package test;", "public class Money { public static final String COLUMN = \"money\"; }");
    Probe probe = new Probe();

    assertThat(
            compile(
                List.of(money, probe),
                source(
                    "test.M",
                    "package test;",
                    "import dev.kiln.annotation.Column;",
                    "@interface Ref { Class<?> value(); }",
                    "@interface Refs { Class<?>[] value(); }",
                    declaration)))
        .succeeded();
    return probe.resolvedByRound;
  }

  /** Scans {@code test.M}, fetched anew, in every round. */
  private static final class Probe extends AbstractProcessor {
    final List<Boolean> resolvedByRound = new ArrayList<>();

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      resolvedByRound.add(ResolutionScan.isResolved(processingEnv.getElementUtils().getTypeElement("test.M")));
      return false;
    }
  }
}
