package dev.kiln.processor.read;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;

/**
 * An {@code @Index}, {@code @Unique} or {@code @Check} on the model, as written.
 *
 * @param annotation the annotation, where diagnostics attach
 * @param columns the field names an index or unique constraint lists; empty for a check
 * @param condition a check's SQL condition; empty otherwise
 * @param unique whether an index is unique
 */
public record RawConstraint(
    AnnotationMirror annotation,
    Explicit<List<String>> columns,
    Explicit<String> name,
    Explicit<String> condition,
    boolean unique) {}
