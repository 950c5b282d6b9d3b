package dev.kiln.processor.check;

import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic.Kind;

/**
 * Reports catalogued diagnostics at the most precise place available, counts errors, and honours
 * {@code @SuppressWarnings} for warnings.
 */
public final class Reporter {
  private final Messager messager;
  private int errors;

  public Reporter(Messager messager) {
    this.messager = messager;
  }

  /**
   * A diagnostic on the element, at the annotation value when given, else the annotation, else the
   * element. A warning suppressed on the element or around it is dropped.
   */
  public void report(
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value,
      Diagnostic diagnostic,
      Object... arguments) {
    Kind kind = diagnostic.isWarning() ? Kind.WARNING : Kind.ERROR;
    if (kind == Kind.WARNING && suppressed(element, diagnostic)) {
      return;
    }
    if (kind == Kind.ERROR) {
      errors++;
    }
    String message = diagnostic.format(arguments);
    if (annotation != null && value != null) {
      messager.printMessage(kind, message, element, annotation, value);
    } else if (annotation != null) {
      messager.printMessage(kind, message, element, annotation);
    } else {
      messager.printMessage(kind, message, element);
    }
  }

  public int errorCount() {
    return errors;
  }

  /** Whether {@code @SuppressWarnings} on the element or an enclosing one names the ID or "kiln". */
  private static boolean suppressed(Element element, Diagnostic diagnostic) {
    for (Element scope = element; scope != null; scope = scope.getEnclosingElement()) {
      for (AnnotationMirror mirror : scope.getAnnotationMirrors()) {
        if (((TypeElement) mirror.getAnnotationType().asElement())
            .getQualifiedName()
            .contentEquals(SuppressWarnings.class.getName())) {
          for (var entry : mirror.getElementValues().entrySet()) {
            if (names(entry.getKey(), entry.getValue(), diagnostic)) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  private static boolean names(ExecutableElement attribute, AnnotationValue value, Diagnostic diagnostic) {
    if (!attribute.getSimpleName().contentEquals("value")) {
      return false;
    }
    for (Object each : (List<?>) value.getValue()) {
      Object token = ((AnnotationValue) each).getValue();
      if (diagnostic.id().equals(token) || "kiln".equals(token)) {
        return true;
      }
    }
    return false;
  }
}
