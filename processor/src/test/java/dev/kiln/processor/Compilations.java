package dev.kiln.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;

/** Compiles test sources with Kiln's processors and every lint warning on, as the real build does. */
final class Compilations {
  private Compilations() {}

  /** A source file whose line {@code N} is {@code lines[N - 1]}, so tests can name exact lines. */
  static JavaFileObject source(String qualifiedName, String... lines) {
    return JavaFileObjects.forSourceLines(qualifiedName, lines);
  }

  /** Kiln's processors, as the service loader finds them: the per-model one and the registry's. */
  static List<Processor> kilnProcessors() {
    return List.of(new KilnProcessor(), new ModelRegistryProcessor());
  }

  static Compilation compile(JavaFileObject... sources) {
    return compile(kilnProcessors(), sources);
  }

  /** Compiles with the given processors: Kiln's, ones wrapping them, and others beside them. */
  static Compilation compile(List<? extends Processor> processors, JavaFileObject... sources) {
    return javac()
        .withProcessors(processors)
        .withOptions("-Xlint:all", "-Xlint:-processing")
        .compile(sources);
  }

  /** The text of a source file the compilation generated. */
  static String contents(Compilation compilation, String qualifiedName) {
    JavaFileObject file = compilation.generatedSourceFile(qualifiedName).orElseThrow();
    try {
      return file.getCharContent(false).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
