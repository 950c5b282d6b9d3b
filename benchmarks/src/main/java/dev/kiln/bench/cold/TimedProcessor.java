package dev.kiln.bench.cold;

import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.annotation.processing.Completion;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * A processor as javac runs it, adding the time of its {@code init} and {@code process} calls to
 * a shared total: the processor's own work, apart from javac's parsing and compiling of what it
 * writes.
 */
final class TimedProcessor implements Processor {
  private final Processor processor;
  private final AtomicLong nanos;

  TimedProcessor(Processor processor, AtomicLong nanos) {
    this.processor = processor;
    this.nanos = nanos;
  }

  @Override
  public void init(ProcessingEnvironment environment) {
    long start = System.nanoTime();
    processor.init(environment);
    nanos.addAndGet(System.nanoTime() - start);
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    long start = System.nanoTime();
    try {
      return processor.process(annotations, round);
    } finally {
      nanos.addAndGet(System.nanoTime() - start);
    }
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
  public Iterable<? extends Completion> getCompletions(
      Element element, AnnotationMirror annotation, ExecutableElement member, String userText) {
    return processor.getCompletions(element, annotation, member, userText);
  }
}
