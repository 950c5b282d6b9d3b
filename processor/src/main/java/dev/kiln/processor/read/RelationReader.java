package dev.kiln.processor.read;

import dev.kiln.processor.model.Names;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Reads what a relationship field says, and what its check needs to know of the target model: its
 * key and, for a collection, its references back. The target is read shallowly, never as a whole
 * model, so that two models referring to each other are read once each.
 */
final class RelationReader {
  private static final String RELATIONS = "dev.kiln.relation.";
  private static final String ANNOTATIONS = "dev.kiln.annotation.";

  private final ModelReader models;

  RelationReader(ModelReader models) {
    this.models = models;
  }

  /** The field's relationship, or null if it neither has a holder type nor a relationship annotation. */
  RawRelation read(TypeElement model, Element field) {
    TypeMirror type = field.asType();
    RawRelation.Kind holder = holderKind(type);
    AnnotationMirror annotation = null;
    RawRelation.Kind annotationKind = null;
    for (RawRelation.Kind kind : RawRelation.Kind.values()) {
      AnnotationMirror found = ModelReader.annotation(field, ANNOTATIONS + kind.annotationName());
      if (found != null) {
        annotation = found;
        annotationKind = kind;
      }
    }
    if (holder == null && annotation == null) {
      return null;
    }
    TypeElement target = holder == null ? null : typeArgument(type);
    boolean targetIsModel = target != null && ModelReader.annotation(target, ModelReader.TABLE_ANNOTATION) != null;
    boolean manyToMany = annotationKind == RawRelation.Kind.MANY_TO_MANY;
    List<String> inverseCandidates = new ArrayList<>();
    List<String> targetFields = new ArrayList<>();
    if (targetIsModel && holder == RawRelation.Kind.ONE_TO_MANY) {
      for (Element targetField : properties(target)) {
        String name = targetField.getSimpleName().toString();
        targetFields.add(name);
        if (followsBack(targetField, model, manyToMany)) {
          inverseCandidates.add(name);
        }
      }
    }
    AnnotationValue onDelete = ModelReader.explicitValue(annotation, "onDelete");
    AnnotationValue mappedBy = ModelReader.explicitValue(annotation, "mappedBy");
    AnnotationValue deleteOrphans = ModelReader.explicitValue(annotation, "deleteOrphans");
    AnnotationValue table = ModelReader.explicitValue(annotation, "table");
    AnnotationValue column = ModelReader.explicitValue(annotation, "column");
    AnnotationValue targetColumn = ModelReader.explicitValue(annotation, "targetColumn");
    return new RawRelation(
        holder,
        annotation,
        annotationKind,
        target,
        targetIsModel,
        targetIsModel ? keyOf(target) : List.of(),
        new Explicit<>(
            onDelete == null ? "NO_ACTION" : ((VariableElement) onDelete.getValue()).getSimpleName().toString(),
            onDelete),
        new Explicit<>(mappedBy == null ? "" : (String) mappedBy.getValue(), mappedBy),
        deleteOrphans != null && (Boolean) deleteOrphans.getValue(),
        string(table),
        string(column),
        string(targetColumn),
        targetIsModel ? tableName(target) : null,
        inverseCandidates,
        targetFields);
  }

  private static Explicit<String> string(AnnotationValue value) {
    return new Explicit<>(value == null ? "" : (String) value.getValue(), value);
  }

  /** A model's table name, from its {@code @Table} as the model's own reader takes it. */
  static String tableName(TypeElement model) {
    AnnotationValue name = ModelReader.explicitValue(ModelReader.annotation(model, ModelReader.TABLE_ANNOTATION), "name");
    return Names.tableName(name == null ? "" : (String) name.getValue(), model.getSimpleName().toString());
  }

  /**
   * Whether a field of the target leads back to the model: a {@code ToOne} of it, for a
   * one-to-many; for a many-to-many, a {@code ToMany} of it marked {@code @ManyToMany} with no
   * {@code mappedBy}, which owns the table.
   */
  private static boolean followsBack(Element targetField, TypeElement model, boolean manyToMany) {
    TypeMirror fieldType = targetField.asType();
    RawRelation.Kind holder = holderKind(fieldType);
    TypeElement referred = holder == null ? null : typeArgument(fieldType);
    if (referred == null || !referred.getQualifiedName().contentEquals(model.getQualifiedName())) {
      return false;
    }
    if (!manyToMany) {
      return holder == RawRelation.Kind.MANY_TO_ONE;
    }
    AnnotationMirror annotation = ModelReader.annotation(targetField, ANNOTATIONS + "ManyToMany");
    return holder == RawRelation.Kind.ONE_TO_MANY
        && annotation != null
        && ModelReader.explicitValue(annotation, "mappedBy") == null;
  }

  /** {@code ToOne} or {@code ToMany}, if the type is one of them. */
  static RawRelation.Kind holderKind(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return null;
    }
    String name = ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
    for (RawRelation.Kind kind : RawRelation.Kind.values()) {
      if (name.equals(RELATIONS + kind.holderName())) {
        return kind;
      }
    }
    return null;
  }

  /** The class or record a holder type holds, or null (a raw type, a wildcard, a type variable). */
  private static TypeElement typeArgument(TypeMirror holderType) {
    List<? extends TypeMirror> arguments = ((DeclaredType) holderType).getTypeArguments();
    if (arguments.size() != 1 || arguments.get(0).getKind() != TypeKind.DECLARED) {
      return null;
    }
    return (TypeElement) ((DeclaredType) arguments.get(0)).asElement();
  }

  /** The target's key columns, read from its {@code @Column(primaryKey = true)} fields. */
  private List<RawRelation.KeyPart> keyOf(TypeElement target) {
    List<RawRelation.KeyPart> key = new ArrayList<>();
    for (Element element : properties(target)) {
      AnnotationMirror column = ModelReader.annotation(element, ANNOTATIONS + "Column");
      AnnotationValue primaryKey = ModelReader.explicitValue(column, "primaryKey");
      if (primaryKey == null || !(Boolean) primaryKey.getValue()) {
        continue;
      }
      AnnotationValue name = ModelReader.explicitValue(column, "name");
      AnnotationValue length = ModelReader.explicitValue(column, "length");
      String property = element.getSimpleName().toString();
      boolean converted = ModelReader.annotation(element, ANNOTATIONS + "Convert") != null;
      key.add(
          new RawRelation.KeyPart(
              property,
              name == null ? Names.snakeCase(property) : (String) name.getValue(),
              element.asType(),
              converted ? null : models.kindOf(element.asType()),
              length == null ? 0 : (Integer) length.getValue()));
    }
    return key;
  }

  /** A model's stored fields, or a record's components, inherited ones first. */
  private List<Element> properties(TypeElement model) {
    List<Element> properties = new ArrayList<>();
    if (model.getKind() == ElementKind.RECORD) {
      for (RecordComponentElement component : model.getRecordComponents()) {
        properties.add(component);
      }
      return properties;
    }
    for (TypeElement declaring : models.mappedHierarchy(model)) {
      for (VariableElement field : ElementFilter.fieldsIn(declaring.getEnclosedElements())) {
        if (!field.getModifiers().contains(Modifier.STATIC)) {
          properties.add(field);
        }
      }
    }
    return properties;
  }
}
