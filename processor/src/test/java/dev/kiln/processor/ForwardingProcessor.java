package dev.kiln.processor;

import java.util.Set;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Completion;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/** A processor run in a changed environment ({@link ForwardingEnvironment}), otherwise itself. */
final class ForwardingProcessor implements Processor {
  private final Processor processor;
  private final UnaryOperator<ProcessingEnvironment> environment;

  ForwardingProcessor(Processor processor, UnaryOperator<ProcessingEnvironment> environment) {
    this.processor = processor;
    this.environment = environment;
  }

  @Override
  public void init(ProcessingEnvironment processingEnvironment) {
    processor.init(environment.apply(processingEnvironment));
  }

  @Override
  public Set<String> getSupportedOptions() {
    return processor.getSupportedOptions();
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return processor.getSupportedAnnotationTypes();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return processor.getSupportedSourceVersion();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return processor.process(annotations, round);
  }

  @Override
  public Iterable<? extends Completion> getCompletions(
      Element element, AnnotationMirror annotation, ExecutableElement member, String userText) {
    return processor.getCompletions(element, annotation, member, userText);
  }
}
