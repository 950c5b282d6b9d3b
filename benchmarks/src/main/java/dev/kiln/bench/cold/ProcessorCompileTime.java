package dev.kiln.bench.cold;

import com.palantir.javapoet.JavaFile;
import dev.kiln.Database;
import dev.kiln.processor.KilnProcessor;
import dev.kiln.processor.ModelRegistryProcessor;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The processor's cost: javac compiling the {@value ModelSources#MODELS} generated-looking Kiln
 * models of {@link ModelSources} (W8's) with Kiln's processors ({@code processor = kiln}), against
 * compiling the same sources without annotation processing ({@code none}, {@code -proc:none}). The
 * ratio kiln / none is the headline: what the processor adds to compiling the models (with it,
 * javac also compiles the 601 sources it writes).
 *
 * <p>Each call runs javac in this JVM ({@link ToolProvider#getSystemJavaCompiler()}) with a new file
 * manager, on the model sources the trial's setup wrote to disk, into output directories emptied
 * before the call, with the project's flags ({@code --release 17 -Xlint:all -Xlint:-processing}) and
 * the Kiln runtime's classes, alone, as the class path. With the processor, {@code KilnProcessor}
 * and {@code ModelRegistryProcessor} are named with {@code -processor} and loaded from a processor
 * path (the processor, the runtime and JavaPoet), as maven-compiler-plugin's {@code
 * annotationProcessorPaths} gives them: javac loads them in a new class loader for each compilation.
 * Each call checks that the compilation succeeded without a warning; after it, outside the time,
 * that it wrote a class per model and, with the processor, three sources per model and the registry.
 *
 * <p>{@link #warm}: the average time once javac has compiled three times in the same JVM, as in a
 * build daemon (a compilation takes longer than an iteration's second, so each iteration is one
 * compilation). {@link #cold}: one compilation in each of several fresh JVMs, as a command-line
 * build's first.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@State(Scope.Thread)
public class ProcessorCompileTime {
  /** The sources Kiln's processor writes for each model: its table, DAO and query. */
  static final int GENERATED_PER_MODEL = 3;

  /** {@code none} or {@code kiln}. */
  @Param({"none", "kiln"})
  public String processor;

  /** How many of the models to compile, from {@code Model001} on. */
  @Param({"200"})
  public int models;

  private Path work;
  private List<Path> sources;
  private Path classPath;
  private Path processorPath;
  /** The call's output directories: classes, and the sources the processor generates. */
  Path classes;
  Path generated;

  @Setup(Level.Trial)
  public void setUp() throws IOException, URISyntaxException {
    if (!processor.equals("none") && !processor.equals("kiln")) {
      throw new IllegalArgumentException("processor must be none or kiln, not " + processor);
    }
    if (models < 1 || models > ModelSources.MODELS) {
      throw new IllegalArgumentException("models must be from 1 to " + ModelSources.MODELS + ", not " + models);
    }
    work = Files.createTempDirectory("kiln-compile-");
    sources = new ArrayList<>();
    for (ModelSources.Source source : ModelSources.kilnModels().subList(0, models)) {
      Path file = work.resolve("src").resolve(source.path());
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.text(), StandardCharsets.UTF_8);
      sources.add(file);
    }
    // The runtime's classes, without this module's or the processor's (in the benchmarks jar,
    // they are all together).
    classPath = work.resolve("classpath");
    copyClasses(Database.class, "dev/kiln/", classPath, "dev/kiln/bench/", "dev/kiln/processor/");
    processorPath = work.resolve("processorpath");
    copyClasses(KilnProcessor.class, "dev/kiln/processor/", processorPath);
    copyClasses(Database.class, "dev/kiln/", processorPath, "dev/kiln/bench/", "dev/kiln/processor/");
    copyClasses(JavaFile.class, "com/palantir/javapoet/", processorPath);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    delete(work);
  }

  /** Empty output directories for the next call. */
  @Setup(Level.Invocation)
  public void emptyOutput() throws IOException {
    classes = work.resolve("classes");
    generated = work.resolve("generated");
    delete(classes);
    delete(generated);
    Files.createDirectories(classes);
    Files.createDirectories(generated);
  }

  /** Checks what the call wrote: top-level classes and sources (the registry is one of each). */
  @TearDown(Level.Invocation)
  public void checkOutput() throws IOException {
    boolean kiln = processor.equals("kiln");
    checkCount(classes, ".class", kiln ? models * (1 + GENERATED_PER_MODEL) + 1 : models);
    checkCount(generated, ".java", kiln ? models * GENERATED_PER_MODEL + 1 : 0);
  }

  @Benchmark
  public boolean warm() throws IOException {
    return compile();
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  @Fork(value = 5, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
  public boolean cold() throws IOException {
    return compile();
  }

  private boolean compile() throws IOException {
    List<String> options = new ArrayList<>(List.of(
        "--release", "17",
        "-Xlint:all", "-Xlint:-processing",
        "-classpath", classPath.toString(),
        "-d", classes.toString(),
        "-s", generated.toString()));
    if (processor.equals("kiln")) {
      options.addAll(List.of(
          "-processorpath", processorPath.toString(),
          "-processor", KilnProcessor.class.getName() + "," + ModelRegistryProcessor.class.getName()));
    } else {
      options.add("-proc:none");
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    boolean compiled;
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      compiled =
          javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources)).call();
    }
    if (!compiled || !diagnostics.getDiagnostics().isEmpty()) {
      throw new IllegalStateException("javac, processor " + processor + ": " + diagnostics.getDiagnostics());
    }
    return compiled;
  }

  private static void checkCount(Path directory, String suffix, long expected) throws IOException {
    try (Stream<Path> files = Files.walk(directory)) {
      long count =
          files
              .map(file -> file.getFileName().toString())
              .filter(name -> name.endsWith(suffix) && !name.contains("$"))
              .count();
      if (count != expected) {
        throw new IllegalStateException(directory + " holds " + count + " " + suffix + " files, not " + expected);
      }
    }
  }

  /**
   * Copies the files under {@code prefix} from where {@code anchor} was loaded (a directory or a
   * jar) into {@code into}, except those under an excluded prefix.
   */
  private static void copyClasses(Class<?> anchor, String prefix, Path into, String... excluded)
      throws IOException, URISyntaxException {
    Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (FileSystem jar = Files.isDirectory(location) ? null : FileSystems.newFileSystem(location)) {
      Path root = jar == null ? location : jar.getPath("/");
      try (Stream<Path> files = Files.walk(root.resolve(prefix))) {
        for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
          String name = root.relativize(file).toString();
          if (Stream.of(excluded).noneMatch(name::startsWith)) {
            Path target = into.resolve(name);
            Files.createDirectories(target.getParent());
            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
    }
  }

  private static void delete(Path directory) throws IOException {
    if (Files.exists(directory)) {
      try (Stream<Path> files = Files.walk(directory)) {
        for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
          Files.delete(file);
        }
      }
    }
  }
}
