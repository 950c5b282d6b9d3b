package dev.kiln.processor;

import com.google.auto.service.AutoService;
import dev.kiln.processor.check.Diagnostic;
import dev.kiln.processor.check.Reporter;
import dev.kiln.processor.migrate.MigrationGenerator;
import dev.kiln.processor.model.TableModel;
import dev.kiln.processor.read.ModelReader;
import dev.kiln.processor.write.GeneratedCode;
import dev.kiln.processor.write.RegistryWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Writes the compilation's {@code KilnModels} registry and its {@code META-INF/services} entry,
 * listing every model {@link KilnProcessor} generated. The registry depends on all models, so
 * Gradle must treat this processor as aggregating; keeping it apart lets the per-model processor
 * stay isolating.
 *
 * <p>It learns what KilnProcessor did from {@link ModelDecisions}, without reading a model again: a
 * model is generated, or rejected (KilnProcessor reported why), or undecided while KilnProcessor
 * waits for a type the model mentions to appear, or has not come to it in this round. The registry
 * is written in the first round that leaves no model undecided, usually the first round, with the
 * models' classes: javac then compiles them all in one more round, where waiting for a round that
 * brings no new model would cost a round of its own, which re-enters every source. A model another
 * processor writes is therefore late (KILN-020) unless a model of the first round waits for a type.
 * It claims no annotation.
 */
@AutoService(Processor.class)
public final class ModelRegistryProcessor extends AbstractProcessor {
  private Reporter reporter;
  private ModelDecisions decisions;
  private OriginatingFiler filer;
  private RegistryWriter registryWriter;
  /** Models not known yet to be generated or rejected, by name: elements do not outlive their round. */
  private final Set<String> undecided = new LinkedHashSet<>();
  /** The generated models, by qualified name. */
  private final Map<String, TableModel> generated = new LinkedHashMap<>();
  private boolean registryWritten;

  @Override
  public synchronized void init(ProcessingEnvironment environment) {
    super.init(environment);
    reporter = new Reporter(environment.getMessager());
    decisions = ModelDecisions.of(environment);
    filer = new OriginatingFiler(environment.getFiler());
    registryWriter =
        new RegistryWriter(
            new GeneratedCode(
                environment.getElementUtils().getTypeElement(GeneratedCode.GENERATED_ANNOTATION) != null,
                ModelRegistryProcessor.class.getName()));
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(ModelReader.TABLE_ANNOTATION);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(MigrationGenerator.OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (round.processingOver()) {
      // A source written now draws a javac warning. Rounds end without a registry only when the
      // compilation fails anyway: after an error, or with a model whose types never appeared.
      return false;
    }
    for (TypeElement table : annotations) {
      for (TypeElement type : ElementFilter.typesIn(round.getElementsAnnotatedWith(table))) {
        undecided.add(type.getQualifiedName().toString());
      }
    }
    decide();
    if (undecided.isEmpty() && !generated.isEmpty() && !registryWritten) {
      writeRegistry();
    }
    return false;
  }

  /** Settles each undecided model KilnProcessor has decided about. */
  private void decide() {
    for (Iterator<String> names = undecided.iterator(); names.hasNext(); ) {
      String name = names.next();
      if (!decisions.isDecided(name)) {
        continue;
      }
      names.remove();
      Optional<TableModel> model = decisions.generated(name);
      if (model.isPresent() && registryWritten) {
        TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
        reporter.report(type, null, null, Diagnostic.LATE_MODEL, type.getSimpleName());
      } else {
        model.ifPresent(generatedModel -> generated.put(name, generatedModel));
      }
    }
  }

  private void writeRegistry() {
    registryWritten = true;
    Elements elements = processingEnv.getElementUtils();
    List<TableModel> models = List.copyOf(generated.values());
    Element[] origins = generated.keySet().stream().map(elements::getTypeElement).toArray(Element[]::new);
    try {
      filer.writeSource(registryWriter.write(models), origins);
      filer.writeResource(
          RegistryWriter.SERVICE_FILE, registryWriter.registryClass(models).canonicalName() + "\n", origins);
    } catch (RuntimeException | IOException e) {
      reporter.report(origins[0], null, null, Diagnostic.PROCESSOR_FAILURE, "the model registry", e);
    }
    String migrations = processingEnv.getOptions().get(MigrationGenerator.OPTION);
    if (migrations != null && !migrations.isBlank()) {
      new MigrationGenerator(Path.of(migrations), processingEnv.getFiler(), reporter, elements).update(generated);
    }
  }
}
