package dev.kiln.bench.cold;

import com.palantir.javapoet.JavaFile;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import dev.kiln.Database;
import dev.kiln.processor.KilnProcessor;
import dev.kiln.processor.ModelRegistryProcessor;
import jakarta.persistence.Entity;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
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
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * The processor's cost: javac compiling {@link #models} (by default {@value ModelSources#MODELS})
 * generated-looking Kiln models of {@link ModelSources} (W8's) with Kiln's processors ({@code processor = kiln}), against
 * compiling the same sources without annotation processing ({@code none}, {@code -proc:none}). The
 * ratio kiln / none is the headline: what the processor adds to compiling the models (with it,
 * javac also compiles the sources it writes). The contender is Hibernate's metamodel generator
 * ({@code hibernate}, hibernate-processor, the pair of the benchmarks' Hibernate) on the same
 * tables as JPA entities, against the entities compiled without it ({@code jpa}).
 *
 * <p>Each call runs javac in this JVM ({@link ToolProvider#getSystemJavaCompiler()}) with a new file
 * manager, on the model sources the trial's setup wrote to disk, into output directories emptied
 * before the call, with the project's flags ({@code --release 17 -Xlint:all -Xlint:-processing}) and
 * the Kiln runtime's classes, alone, as the class path. With Kiln, {@code KilnProcessor} and {@code
 * ModelRegistryProcessor} are loaded from a processor path (the processor, the runtime and
 * JavaPoet) in a new class loader for each compilation, as javac does for maven-compiler-plugin's
 * {@code annotationProcessorPaths}, and handed to javac. Hibernate's processor is loaded the same
 * way from the class path of this JVM (the benchmarks jar, which holds it and its dependencies);
 * the entities compile against the Jakarta Persistence API alone. Each call checks that the
 * compilation succeeded without a warning (Hibernate's greeting is a note); after it, outside the
 * time, that it wrote a class per model and, with a processor, the sources it writes and their
 * classes.
 *
 * <p>{@link Phases} splits a compilation's time: {@code processorMs}, the processors' own {@code
 * init} and {@code process} calls ({@link TimedProcessor}), and {@code processingMs}, javac's whole
 * annotation processing phase (its rounds: the processors, and the parsing and entering of every
 * source again in each round), from javac's task events. The rest is javac's analysis and
 * generation of the models and of the generated sources.
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
  private static final String HIBERNATE_PROCESSOR = "org.hibernate.processor.HibernateProcessor";

  /** {@code none} or {@code kiln} on Kiln's models; {@code jpa} (none) or {@code hibernate} on the entities. */
  @Param({"none", "kiln", "jpa", "hibernate"})
  public String processor;

  /** How many of the models to compile, from {@code Model001} on. */
  @Param({"200"})
  public int models;

  private Path work;
  private List<Path> sources;
  private Path classPath;
  /** The processors' class path, each compilation loading them anew from it, and their classes. */
  private URL[] processorPath;
  private List<String> processorClasses = List.of();
  /** The call's output directories: classes, and the sources the processor generates. */
  Path classes;
  Path generated;

  @Setup(Level.Trial)
  public void setUp() throws IOException, URISyntaxException {
    if (!List.of("none", "kiln", "jpa", "hibernate").contains(processor)) {
      throw new IllegalArgumentException("processor must be none, kiln, jpa or hibernate, not " + processor);
    }
    work = Files.createTempDirectory("kiln-compile-");
    sources = new ArrayList<>();
    boolean entities = processor.equals("jpa") || processor.equals("hibernate");
    List<ModelSources.Source> all = entities ? ModelSources.hibernateEntities(models) : ModelSources.kilnModels(models);
    for (ModelSources.Source source : all) {
      Path file = work.resolve("src").resolve(source.path());
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.text(), StandardCharsets.UTF_8);
      sources.add(file);
    }
    // The runtime's classes, without this module's or the processor's (in the benchmarks jar,
    // they are all together).
    classPath = work.resolve("classpath");
    if (entities) {
      copyClasses(Entity.class, "jakarta/persistence/", classPath);
    } else {
      copyClasses(Database.class, "dev/kiln/", classPath, "dev/kiln/bench/", "dev/kiln/processor/");
    }
    if (processor.equals("kiln")) {
      Path copied = work.resolve("processorpath");
      copyClasses(KilnProcessor.class, "dev/kiln/processor/", copied);
      copyClasses(Database.class, "dev/kiln/", copied, "dev/kiln/bench/", "dev/kiln/processor/");
      copyClasses(JavaFile.class, "com/palantir/javapoet/", copied);
      processorPath = new URL[] {copied.toUri().toURL()};
      processorClasses = List.of(KilnProcessor.class.getName(), ModelRegistryProcessor.class.getName());
    } else if (processor.equals("hibernate")) {
      // Under surefire, java.class.path is only its booter; it passes the test class path apart.
      String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
      List<URL> urls = new ArrayList<>();
      for (String entry : path.split(File.pathSeparator)) {
        urls.add(Path.of(entry).toUri().toURL());
      }
      processorPath = urls.toArray(URL[]::new);
      processorClasses = List.of(HIBERNATE_PROCESSOR);
    }
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

  /**
   * Checks what the call wrote: top-level classes and sources (Kiln's registry is one of each;
   * Hibernate writes a metamodel class {@code Entity001_} per entity).
   */
  @TearDown(Level.Invocation)
  public void checkOutput() throws IOException {
    int sources =
        switch (processor) {
          case "kiln" -> models * GENERATED_PER_MODEL + 1;
          case "hibernate" -> models;
          default -> 0;
        };
    checkCount(classes, ".class", models + sources);
    checkCount(generated, ".java", sources);
  }

  /**
   * A compilation's time in the processors' own calls and in javac's annotation processing phase,
   * in milliseconds; zero without processors. Each iteration reports its last compilation's.
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Phases {
    public double processorMs;
    public double processingMs;
  }

  @Benchmark
  public boolean warm(Phases phases) throws IOException {
    return compile(phases);
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  @Fork(value = 5, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
  public boolean cold(Phases phases) throws IOException {
    return compile(phases);
  }

  private boolean compile(Phases phases) throws IOException {
    List<String> options = new ArrayList<>(List.of(
        "--release", "17",
        "-Xlint:all", "-Xlint:-processing",
        "-classpath", classPath.toString(),
        "-d", classes.toString(),
        "-s", generated.toString()));
    if (processorClasses.isEmpty()) {
      options.add("-proc:none");
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    AtomicLong processorNanos = new AtomicLong();
    ProcessingSpan processing = new ProcessingSpan();
    boolean compiled;
    // A new class loader per compilation, as javac makes for -processorpath.
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8);
        URLClassLoader loader = new URLClassLoader(processorPath == null ? new URL[0] : processorPath,
            ClassLoader.getPlatformClassLoader())) {
      JavacTask task =
          (JavacTask) javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources));
      List<Processor> processors = new ArrayList<>();
      for (String name : processorClasses) {
        processors.add(new TimedProcessor(newProcessor(loader, name), processorNanos));
      }
      if (!processors.isEmpty()) {
        task.setProcessors(processors);
      }
      task.addTaskListener(processing);
      compiled = task.call();
    }
    phases.processorMs = processorNanos.get() / 1e6;
    phases.processingMs = processing.nanos / 1e6;
    // Hibernate's processor greets with a note; anything more is a failure.
    if (!compiled || diagnostics.getDiagnostics().stream().anyMatch(d -> d.getKind() != Diagnostic.Kind.NOTE)) {
      throw new IllegalStateException("javac, processor " + processor + ": " + diagnostics.getDiagnostics());
    }
    return compiled;
  }

  private static Processor newProcessor(ClassLoader loader, String name) {
    try {
      return (Processor) loader.loadClass(name).getConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot load the processor " + name, e);
    }
  }

  /** The time from the start of javac's annotation processing to its end. */
  private static final class ProcessingSpan implements TaskListener {
    private long start;
    long nanos;

    @Override
    public void started(TaskEvent event) {
      if (event.getKind() == TaskEvent.Kind.ANNOTATION_PROCESSING) {
        start = System.nanoTime();
      }
    }

    @Override
    public void finished(TaskEvent event) {
      if (event.getKind() == TaskEvent.Kind.ANNOTATION_PROCESSING) {
        nanos = System.nanoTime() - start;
      }
    }
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
