package dev.kiln.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Another code generator in the same compilation: writes one source file in a given round, so
 * the type it declares exists only from the round after.
 */
final class SourceGeneratingProcessor extends AbstractProcessor {
  private final int round;
  private final String qualifiedName;
  private final String[] lines;
  private int rounds;

  /** Writes the source of {@code qualifiedName}, given as lines, in round {@code round} (from 1). */
  SourceGeneratingProcessor(int round, String qualifiedName, String... lines) {
    this.round = round;
    this.qualifiedName = qualifiedName;
    this.lines = lines;
  }

  /** {@code *}: javac runs it in every round, whatever the round's sources hold. */
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment environment) {
    if (++rounds == round) {
      try (Writer writer = processingEnv.getFiler().createSourceFile(qualifiedName).openWriter()) {
        writer.write(String.join("\n", lines));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return false;
  }
}
