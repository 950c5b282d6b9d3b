package dev.kiln.processor.read;

import dev.kiln.processor.model.ValueKind;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * What a field's {@code @Convert} names.
 *
 * @param value the annotation's value, where diagnostics about the converter attach
 * @param converter the converter class, or null if the compiler cannot resolve it
 * @param fieldType the type it converts from, or null if the converter does not implement {@code
 *     Converter} with resolved type arguments: the compiler rejects such a class in {@code @Convert}
 * @param storedType the type it converts to, or null as above
 * @param fieldTypeMatches whether {@code fieldType} is the field's type, boxed
 * @param storedKind the kind of {@code storedType}, or null if Kiln cannot store it
 * @param instantiable whether generated code can call {@code new Converter()}: a concrete,
 *     accessible class with an accessible no-argument constructor
 */
public record RawConverter(
    AnnotationMirror annotation,
    AnnotationValue value,
    TypeElement converter,
    TypeMirror fieldType,
    boolean fieldTypeMatches,
    TypeMirror storedType,
    ValueKind storedKind,
    boolean instantiable) {}
