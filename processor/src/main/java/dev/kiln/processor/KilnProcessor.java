package dev.kiln.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import dev.kiln.processor.check.Diagnostic;
import dev.kiln.processor.check.Reporter;
import dev.kiln.processor.model.RelationModel;
import dev.kiln.processor.model.TableModel;
import dev.kiln.processor.read.ModelReader;
import dev.kiln.processor.read.ResolutionScan;
import dev.kiln.processor.write.DaoWriter;
import dev.kiln.processor.write.GeneratedCode;
import dev.kiln.processor.write.PlaceholderWriter;
import dev.kiln.processor.write.QueryWriter;
import dev.kiln.processor.write.TableWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
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
 * Kiln's per-model processor: for each {@code @Table} model it reads the source, checks every
 * rule, and writes {@code <Model>Table}, {@code <Model>Dao} and {@code <Model>Query}, or for a model
 * that breaks a rule, empty placeholders of them ({@link PlaceholderWriter} says why). Each file is
 * made from its model alone, and names it as its one originating element, so Gradle can treat this
 * processor as isolating; the registry of all models is {@link ModelRegistryProcessor}'s, which
 * learns what was generated from {@link ModelDecisions}.
 *
 * <p>A model that mentions a type javac has not resolved yet, such as one another processor
 * generates, is neither checked nor generated in that round but tried again in the next. It claims
 * no annotation and never throws to the compiler.
 */
@AutoService(Processor.class)
public final class KilnProcessor extends AbstractProcessor {
  private Reporter reporter;
  private ModelCheck modelCheck;
  private ModelDecisions decisions;
  private OriginatingFiler filer;
  private TableWriter tableWriter;
  private DaoWriter daoWriter;
  private QueryWriter queryWriter;
  private PlaceholderWriter placeholderWriter;
  /**
   * Models waiting for a type to appear, by name: elements do not outlive their round. One still
   * waiting in the last round names a type that never appeared; javac reports that missing symbol,
   * the one error such a model needs.
   */
  private final Set<String> deferred = new LinkedHashSet<>();

  @Override
  public synchronized void init(ProcessingEnvironment environment) {
    super.init(environment);
    reporter = new Reporter(environment.getMessager());
    modelCheck = new ModelCheck(environment.getElementUtils(), environment.getTypeUtils(), reporter);
    decisions = ModelDecisions.of(environment);
    filer = new OriginatingFiler(environment.getFiler());
    GeneratedCode generatedCode =
        new GeneratedCode(
            environment.getElementUtils().getTypeElement(GeneratedCode.GENERATED_ANNOTATION) != null,
            KilnProcessor.class.getName());
    tableWriter = new TableWriter(generatedCode);
    daoWriter = new DaoWriter(generatedCode);
    queryWriter = new QueryWriter(generatedCode);
    placeholderWriter = new PlaceholderWriter(generatedCode);
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(ModelReader.TABLE_ANNOTATION, ModelReader.PROJECTION_ANNOTATION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    Map<TypeElement, Optional<TableModel>> checked = new LinkedHashMap<>();
    for (TypeElement type : models(annotations, round)) {
      check(type, checked);
    }
    rejectThoseLeadingToRejected(checked);
    checked.forEach(this::write);
    checkProjectionsAreNested(annotations, round);
    return false;
  }

  /** The models deferred from earlier rounds, fetched again, and this round's new ones. */
  private List<TypeElement> models(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    Elements elements = processingEnv.getElementUtils();
    List<TypeElement> models = new ArrayList<>();
    deferred.forEach(name -> models.add(elements.getTypeElement(name)));
    deferred.clear();
    for (TypeElement annotation : annotations) {
      if (annotation.getQualifiedName().contentEquals(ModelReader.TABLE_ANNOTATION)) {
        models.addAll(ElementFilter.typesIn(round.getElementsAnnotatedWith(annotation)));
      }
    }
    return models;
  }

  /** A projection is read with its model; one outside any model would silently do nothing. */
  private void checkProjectionsAreNested(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (TypeElement annotation : annotations) {
      if (!annotation.getQualifiedName().contentEquals(ModelReader.PROJECTION_ANNOTATION)) {
        continue;
      }
      for (TypeElement projection : ElementFilter.typesIn(round.getElementsAnnotatedWith(annotation))) {
        Element owner = projection.getEnclosingElement();
        if (ModelReader.annotation(owner, ModelReader.TABLE_ANNOTATION) == null) {
          reporter.report(projection, null, null, Diagnostic.PROJECTION_OUTSIDE_MODEL, projection.getSimpleName());
        }
      }
    }
  }

  /** Checks a model, or defers it to the next round if it names a type not resolved yet. */
  private void check(TypeElement type, Map<TypeElement, Optional<TableModel>> checked) {
    String name = type.getQualifiedName().toString();
    try {
      if (!ResolutionScan.isResolved(type)) {
        deferred.add(name);
        return;
      }
      checked.put(type, modelCheck.check(type));
    } catch (RuntimeException e) {
      decisions.recordRejected(name);
      reporter.report(type, null, null, Diagnostic.PROCESSOR_FAILURE, type.getQualifiedName(), e);
    }
  }

  /**
   * A valid model whose relationships lead to a model with errors gets placeholders too: its code
   * would name members the other's placeholders lack, and the other's errors are the ones to fix.
   */
  private void rejectThoseLeadingToRejected(Map<TypeElement, Optional<TableModel>> checked) {
    Set<String> rejected = new HashSet<>();
    checked.forEach((type, model) -> {
      if (model.isEmpty()) {
        rejected.add(type.getQualifiedName().toString());
      }
    });
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Map.Entry<TypeElement, Optional<TableModel>> entry : checked.entrySet()) {
        Optional<TableModel> model = entry.getValue();
        if (model.isPresent() && leadsToRejected(model.get(), rejected)) {
          entry.setValue(Optional.empty());
          rejected.add(entry.getKey().getQualifiedName().toString());
          changed = true;
        }
      }
    }
  }

  private boolean leadsToRejected(TableModel model, Set<String> rejectedThisRound) {
    for (RelationModel relation : model.relations()) {
      String target = relation.target().canonicalName();
      boolean rejectedEarlier = decisions.isDecided(target) && decisions.generated(target).isEmpty();
      if (rejectedThisRound.contains(target) || rejectedEarlier) {
        return true;
      }
    }
    return false;
  }

  private void write(TypeElement type, Optional<TableModel> model) {
    String name = type.getQualifiedName().toString();
    try {
      if (model.isPresent()) {
        filer.writeSource(tableWriter.write(model.get()), type);
        filer.writeSource(daoWriter.write(model.get()), type);
        filer.writeSource(queryWriter.write(model.get()), type);
        decisions.recordGenerated(name, model.get());
      } else {
        decisions.recordRejected(name);
        for (JavaFile placeholder : placeholderWriter.write(ClassName.get(type))) {
          filer.writeSource(placeholder, type);
        }
      }
    } catch (RuntimeException | IOException e) {
      decisions.recordRejected(name);
      reporter.report(type, null, null, Diagnostic.PROCESSOR_FAILURE, type.getQualifiedName(), e);
    }
  }
}
