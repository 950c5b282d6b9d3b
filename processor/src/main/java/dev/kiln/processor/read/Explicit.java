package dev.kiln.processor.read;

import javax.lang.model.element.AnnotationValue;

/**
 * An annotation attribute's value, and where the user wrote it: {@code source} is null when the
 * attribute was left at its default, so diagnostics can point at the exact value when there is one.
 */
public record Explicit<T>(T value, AnnotationValue source) {
  public boolean isWritten() {
    return source != null;
  }
}
