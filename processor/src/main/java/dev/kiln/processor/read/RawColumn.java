package dev.kiln.processor.read;

import dev.kiln.processor.model.Names;
import dev.kiln.processor.model.ValueKind;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * What the source says about one field or record component, before any rule is checked.
 *
 * @param element the field or record component, where diagnostics attach
 * @param declaringType the model, or the mapped superclass that declares the field
 * @param annotation its {@code @Column}, or null
 * @param kind the value kind of its type, or null if the type is not supported without a converter
 * @param enumerated its {@code @Enumerated}, or null
 * @param enumStorage the storage {@code @Enumerated} names ({@code NAME} or {@code ORDINAL})
 * @param converter what its {@code @Convert} names, or null without one
 * @param transientAnnotation its {@code @Transient}, or null
 * @param version its {@code @Version}, or null
 * @param getter the non-private getter of a private field, or null
 * @param setter the non-private setter of a private field, or null
 * @param visible whether generated code, in the model's package, can use the field itself
 * @param excluded whether the field is static, transient or {@code @Transient}, so not a column
 * @param relation what the field says as a relationship, or null if it is none: a {@code ToOne}
 *     field is a column holding the target's key (its {@code kind} is that key's), a {@code
 *     ToMany} field is no column
 */
public record RawColumn(
    Element element,
    TypeElement declaringType,
    AnnotationMirror annotation,
    String property,
    TypeMirror type,
    ValueKind kind,
    Explicit<String> name,
    Explicit<Boolean> primaryKey,
    Explicit<Boolean> unique,
    Explicit<Boolean> index,
    Explicit<Boolean> nullable,
    Explicit<Integer> length,
    Explicit<Integer> precision,
    Explicit<Integer> scale,
    Explicit<String> defaultSql,
    AnnotationMirror enumerated,
    Explicit<String> enumStorage,
    RawConverter converter,
    AnnotationMirror transientAnnotation,
    AnnotationMirror version,
    boolean privateField,
    boolean finalField,
    boolean visible,
    boolean excluded,
    String getter,
    String setter,
    RawRelation relation) {

  /** Whether the field is a {@code ToOne} reference, stored as a foreign-key column. */
  public boolean isReference() {
    return relation != null && relation.kind() == RawRelation.Kind.MANY_TO_ONE;
  }

  /** Whether the field is a collection of other rows, or declared as one: a property, but no column. */
  public boolean isCollection() {
    return relation != null && relation.kind() != RawRelation.Kind.MANY_TO_ONE;
  }

  /** Whether the field is the model's {@code @Version}. */
  public boolean isVersion() {
    return version != null;
  }

  public boolean isPrimitive() {
    return type.getKind().isPrimitive();
  }

  /** The (first) column's name: the one written in {@code @Column(name)}, else the field's in snake_case. */
  public String columnName() {
    return columnNames().get(0);
  }

  /**
   * The column's names: one, or for a reference to a composite key one per key part, each the
   * written name (else the field's in snake_case), {@code _}, and the target key column's.
   */
  public List<String> columnNames() {
    return columnNames(name.value());
  }

  /** The names the column would have without a written name: what a blank one falls back to. */
  public List<String> defaultColumnNames() {
    return columnNames("");
  }

  private List<String> columnNames(String written) {
    if (isReference() && relation.targetKey().size() > 1) {
      String prefix = written.isEmpty() ? Names.snakeCase(property) : written;
      return relation.targetKey().stream().map(part -> prefix + "_" + part.columnName()).toList();
    }
    if (!written.isEmpty()) {
      return List.of(written);
    }
    if (isReference() && relation.targetKey().size() == 1) {
      return List.of(Names.snakeCase(property) + "_" + relation.targetKey().get(0).columnName());
    }
    return List.of(Names.snakeCase(property));
  }

  /**
   * What a constraint or index named after the field calls it: its column's name, or for a
   * reference to a composite key, the written name or the field's in snake_case.
   */
  public String constraintPart() {
    if (isReference() && relation.targetKey().size() > 1) {
      return name.value().isEmpty() ? Names.snakeCase(property) : name.value();
    }
    return columnName();
  }

  /** The kind of the values stored: the converter's stored type for a converted field. */
  public ValueKind storedKind() {
    return converter != null ? converter.storedKind() : kind;
  }
}
