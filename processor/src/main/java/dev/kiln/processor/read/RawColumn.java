package dev.kiln.processor.read;

import dev.kiln.processor.model.Names;
import dev.kiln.processor.model.ValueKind;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/**
 * What the source says about one field or record component, before any rule is checked.
 *
 * @param element the field or record component, where diagnostics attach
 * @param annotation its {@code @Column}, or null
 * @param kind the value kind of its type, or null if the type is not supported
 * @param getter the non-private getter of a private field, or null
 * @param setter the non-private setter of a private field, or null
 * @param excluded whether the field is static or transient, so not a column unless annotated
 */
public record RawColumn(
    Element element,
    AnnotationMirror annotation,
    String property,
    TypeMirror type,
    ValueKind kind,
    Explicit<String> name,
    Explicit<Boolean> primaryKey,
    Explicit<Boolean> unique,
    Explicit<Boolean> nullable,
    Explicit<Integer> length,
    boolean privateField,
    boolean finalField,
    boolean excluded,
    String getter,
    String setter) {

  public boolean isPrimitive() {
    return type.getKind().isPrimitive();
  }

  /** The column's name: the one written in {@code @Column(name)}, else the field's in snake_case. */
  public String columnName() {
    return name.value().isEmpty() ? Names.snakeCase(property) : name.value();
  }
}
