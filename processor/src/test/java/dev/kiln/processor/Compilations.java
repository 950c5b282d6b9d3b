package dev.kiln.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;

/**
 * Compiles test sources with Kiln's processors and every warning on, as the real build does: under
 * javac or, with {@code -Dkiln.test.compiler=ecj}, under the Eclipse compiler (ECJ), so the same
 * tests prove the processors work in both.
 */
final class Compilations {
  /** Whether the tests run under ECJ, for the few assertions where it legitimately differs from javac. */
  static final boolean ECJ = isEcj(System.getProperty("kiln.test.compiler", "javac"));

  private Compilations() {}

  /** A source file whose line {@code N} is {@code lines[N - 1]}, so tests can name exact lines. */
  static JavaFileObject source(String qualifiedName, String... lines) {
    return ECJ ? sourceOnDisk(qualifiedName, lines) : JavaFileObjects.forSourceLines(qualifiedName, lines);
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
    return compiler().withProcessors(processors).compile(sources);
  }

  /** The compiler under test, with its warning options and no processor yet. */
  static Compiler compiler() {
    if (!ECJ) {
      return Compiler.javac().withOptions("-Xlint:all", "-Xlint:-processing");
    }
    // ECJ's counterpart of -Xlint:all is every ECJ warning but three style checks javac has no
    // counterpart of and generated code does not follow: Eclipse's markers on string literals
    // (nls), "this." on field reads (unqualifiedField) and autoboxing (boxing).
    return Compiler.compiler(new EclipseCompiler())
        .withOptions("--release", "17", "-warn:all", "-warn:-nls,unqualifiedField,boxing");
  }

  private static boolean isEcj(String compiler) {
    return switch (compiler) {
      case "javac" -> false;
      case "ecj" -> true;
      default -> throw new IllegalArgumentException("kiln.test.compiler is javac or ecj, not " + compiler);
    };
  }

  /**
   * ECJ's {@code javax.tools} front end compiles only sources that exist as files, and gives a
   * diagnostic a source only if its file exists, so under ECJ each source is written to a directory
   * of its own under {@code target} (its own, as several tests declare a {@code test.User}).
   */
  private static JavaFileObject sourceOnDisk(String qualifiedName, String... lines) {
    try {
      Path root = Files.createTempDirectory(Files.createDirectories(Path.of("target", "ecj-sources")), "source");
      Path file = root.resolve(qualifiedName.replace('.', '/') + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, String.join("\n", lines), StandardCharsets.UTF_8);
      return JavaFileObjects.forResource(file.toUri().toURL());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
