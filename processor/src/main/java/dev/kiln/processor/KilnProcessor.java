package dev.kiln.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.kiln.processor.check.Diagnostic;
import dev.kiln.processor.check.ModelChecker;
import dev.kiln.processor.check.Reporter;
import dev.kiln.processor.model.TableModel;
import dev.kiln.processor.read.ModelReader;
import dev.kiln.processor.read.RawModel;
import dev.kiln.processor.write.DaoWriter;
import dev.kiln.processor.write.GeneratedCode;
import dev.kiln.processor.write.QueryWriter;
import dev.kiln.processor.write.RegistryWriter;
import dev.kiln.processor.write.TableWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Kiln's annotation processor: for each {@code @Table} model it reads the source, checks every
 * rule, and writes {@code <Model>Table}, {@code <Model>Dao} and {@code <Model>Query}; once per
 * compilation it writes the {@code KilnModels} registry. It claims no annotation and never throws
 * to the compiler.
 */
@AutoService(Processor.class)
public final class KilnProcessor extends AbstractProcessor {
  private ModelReader reader;
  private Reporter reporter;
  private ModelChecker checker;
  private TableWriter tableWriter;
  private DaoWriter daoWriter;
  private QueryWriter queryWriter;
  private RegistryWriter registryWriter;
  private Filer filer;
  /** Models written in this compilation, with their source types, for the registry. */
  private final Map<TableModel, TypeElement> generated = new LinkedHashMap<>();
  /** Models naming a type the compiler could not resolve yet, by qualified name, to read again next round. */
  private final Set<String> unresolved = new LinkedHashSet<>();
  private boolean registryWritten;

  @Override
  public synchronized void init(ProcessingEnvironment environment) {
    super.init(environment);
    filer = environment.getFiler();
    reader = new ModelReader(environment.getElementUtils(), environment.getTypeUtils());
    reporter = new Reporter(environment.getMessager());
    checker = new ModelChecker(reporter);
    GeneratedCode generatedCode =
        new GeneratedCode(environment.getElementUtils().getTypeElement("javax.annotation.processing.Generated") != null);
    tableWriter = new TableWriter(generatedCode);
    daoWriter = new DaoWriter(generatedCode);
    queryWriter = new QueryWriter(generatedCode);
    registryWriter = new RegistryWriter(generatedCode);
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(ModelReader.TABLE_ANNOTATION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    Elements elements = processingEnv.getElementUtils();
    TypeElement table = elements.getTypeElement(ModelReader.TABLE_ANNOTATION);
    Set<TypeElement> models =
        table == null ? Set.of() : ElementFilter.typesIn(round.getElementsAnnotatedWith(table));
    List<TypeElement> pending = new ArrayList<>(models);
    unresolved.forEach(name -> pending.add(elements.getTypeElement(name)));
    unresolved.clear();
    for (TypeElement model : pending) {
      generate(model, round.processingOver());
    }
    // Register once a round brings no new model, so the registry is itself compiled in a later round.
    // A model still unresolved fails the compilation with the compiler's error, so it is waited for.
    if (models.isEmpty() && unresolved.isEmpty() && !generated.isEmpty() && !registryWritten) {
      writeRegistry();
    }
    return false;
  }

  /**
   * Checks and writes a model. One naming a type the compiler cannot resolve is read again next
   * round, when another processor may have generated the type; in the last round it is left to
   * the compiler's own error.
   */
  private void generate(TypeElement type, boolean lastRound) {
    try {
      RawModel raw = reader.read(type);
      if (raw.unresolved()) {
        if (!lastRound) {
          unresolved.add(type.getQualifiedName().toString());
        }
        return;
      }
      if (!checker.check(raw)) {
        return;
      }
      if (registryWritten) {
        reporter.report(type, null, null, Diagnostic.LATE_MODEL, type.getSimpleName());
        return;
      }
      TableModel model = raw.toTableModel();
      write(tableWriter.write(model), type);
      write(daoWriter.write(model), type);
      write(queryWriter.write(model), type);
      generated.put(model, type);
    } catch (RuntimeException | IOException e) {
      reporter.report(type, null, null, Diagnostic.PROCESSOR_FAILURE, type.getQualifiedName(), e);
    }
  }

  private void writeRegistry() {
    registryWritten = true;
    List<TableModel> models = new ArrayList<>(generated.keySet());
    Element[] origins = generated.values().toArray(Element[]::new);
    try {
      write(registryWriter.write(models), origins);
      writeServiceFile(registryWriter.registryClass(models).canonicalName(), origins);
    } catch (RuntimeException | IOException e) {
      reporter.report(origins[0], null, null, Diagnostic.PROCESSOR_FAILURE, "the model registry", e);
    }
  }

  private void writeServiceFile(String registryClass, Element[] origins) throws IOException {
    FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", RegistryWriter.SERVICE_FILE, origins);
    try (Writer writer = file.openWriter()) {
      writer.write(registryClass + "\n");
    }
  }

  private void write(JavaFile file, Element... origins) throws IOException {
    TypeSpec.Builder type = file.typeSpec().toBuilder();
    for (Element origin : origins) {
      type.addOriginatingElement(origin);
    }
    GeneratedCode.file(file.packageName(), type.build()).writeTo(filer);
  }
}
