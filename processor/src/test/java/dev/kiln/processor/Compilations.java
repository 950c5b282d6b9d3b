package dev.kiln.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;

/** Compiles test sources with Kiln's processor and every lint warning on, as the real build does. */
final class Compilations {
  private Compilations() {}

  /** A source file whose line {@code N} is {@code lines[N - 1]}, so tests can name exact lines. */
  static JavaFileObject source(String qualifiedName, String... lines) {
    return JavaFileObjects.forSourceLines(qualifiedName, lines);
  }

  static Compilation compile(JavaFileObject... sources) {
    return compile(new KilnProcessor(), sources);
  }

  /** Compiles with the given processor: Kiln's, or one wrapping it. */
  static Compilation compile(Processor processor, JavaFileObject... sources) {
    return javac()
        .withProcessors(processor)
        .withOptions("-Xlint:all", "-Xlint:-processing")
        .compile(sources);
  }
}
