package dev.kiln.processor.check;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;

/** Reports catalogued diagnostics at the most precise place available, and counts errors. */
public final class Reporter {
  /** Null for a silent reporter. */
  private final Messager messager;
  private int errors;

  public Reporter(Messager messager) {
    this.messager = messager;
  }

  /**
   * A reporter that only counts errors: for judging a model again where another processor has
   * already reported what is wrong with it.
   */
  public static Reporter silent() {
    return new Reporter(null);
  }

  /** An error on the element, at the annotation value when given, else the annotation, else the element. */
  public void error(
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value,
      Diagnostic diagnostic,
      Object... arguments) {
    errors++;
    if (messager == null) {
      return;
    }
    String message = diagnostic.format(arguments);
    if (annotation != null && value != null) {
      messager.printMessage(Kind.ERROR, message, element, annotation, value);
    } else if (annotation != null) {
      messager.printMessage(Kind.ERROR, message, element, annotation);
    } else {
      messager.printMessage(Kind.ERROR, message, element);
    }
  }

  public int errorCount() {
    return errors;
  }
}
