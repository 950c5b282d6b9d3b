package dev.kiln.processor;

import com.google.auto.service.AutoService;
import dev.kiln.processor.check.Diagnostic;
import dev.kiln.processor.check.Reporter;
import dev.kiln.processor.model.TableModel;
import dev.kiln.processor.read.ModelReader;
import dev.kiln.processor.write.DaoWriter;
import dev.kiln.processor.write.GeneratedCode;
import dev.kiln.processor.write.QueryWriter;
import dev.kiln.processor.write.TableWriter;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * Kiln's per-model processor: for each {@code @Table} model it reads the source, checks every
 * rule, and writes {@code <Model>Table}, {@code <Model>Dao} and {@code <Model>Query}. Each file is
 * made from its model alone, and names it as its one originating element, so Gradle can treat this
 * processor as isolating; the registry of all models is {@link ModelRegistryProcessor}'s. It
 * claims no annotation and never throws to the compiler.
 */
@AutoService(Processor.class)
public final class KilnProcessor extends AbstractProcessor {
  private Reporter reporter;
  private ModelCheck modelCheck;
  private OriginatingFiler filer;
  private TableWriter tableWriter;
  private DaoWriter daoWriter;
  private QueryWriter queryWriter;

  @Override
  public synchronized void init(ProcessingEnvironment environment) {
    super.init(environment);
    reporter = new Reporter(environment.getMessager());
    modelCheck = new ModelCheck(environment.getTypeUtils(), reporter);
    filer = new OriginatingFiler(environment.getFiler());
    GeneratedCode generatedCode =
        new GeneratedCode(
            environment.getElementUtils().getTypeElement(GeneratedCode.GENERATED_ANNOTATION) != null,
            KilnProcessor.class.getName());
    tableWriter = new TableWriter(generatedCode);
    daoWriter = new DaoWriter(generatedCode);
    queryWriter = new QueryWriter(generatedCode);
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
    for (TypeElement table : annotations) {
      for (TypeElement type : ElementFilter.typesIn(round.getElementsAnnotatedWith(table))) {
        generate(type);
      }
    }
    return false;
  }

  private void generate(TypeElement type) {
    try {
      Optional<TableModel> model = modelCheck.check(type);
      if (model.isPresent()) {
        filer.writeSource(tableWriter.write(model.get()), type);
        filer.writeSource(daoWriter.write(model.get()), type);
        filer.writeSource(queryWriter.write(model.get()), type);
      }
    } catch (RuntimeException | IOException e) {
      reporter.error(type, null, null, Diagnostic.PROCESSOR_FAILURE, type.getQualifiedName(), e);
    }
  }
}
