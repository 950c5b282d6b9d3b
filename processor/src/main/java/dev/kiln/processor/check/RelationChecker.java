package dev.kiln.processor.check;

import dev.kiln.processor.read.RawColumn;
import dev.kiln.processor.read.RawModel;
import dev.kiln.processor.read.RawRelation;
import java.util.List;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The rules of relationship fields ({@code ToOne}, {@code ToMany}, {@code @ManyToOne}, {@code
 * @OneToMany}): the holder type and its annotation agree, the target is a model whose key a
 * reference can hold, and a collection's target refers back exactly one way, or says which.
 */
final class RelationChecker {
  private final Reporter reporter;

  RelationChecker(Reporter reporter) {
    this.reporter = reporter;
  }

  /** Whether the field's relationship is sound; false after reporting why not. */
  boolean check(RawModel model, RawColumn field) {
    RawRelation relation = field.relation();
    String property = field.property();
    if (relation.holder() == null) {
      RawRelation.Kind kind = relation.annotationKind();
      error(field, relation, null, Diagnostic.RELATION_WRONG_TYPE,
          property, kind.annotationName(), field.type(), kind.holderName());
      return false;
    }
    if (relation.annotationKind() != null && relation.annotationKind() != relation.holder()) {
      String written = relation.annotationKind().annotationName();
      error(field, relation, null, Diagnostic.RELATION_ANNOTATION_MISMATCH,
          property, relation.holder().holderName(), relation.holder().annotationName(), written, written,
          relation.annotationKind().holderName());
      return false;
    }
    TypeElement target = relation.target();
    if (target == null) {
      error(field, null, null, Diagnostic.RELATION_NO_TARGET, property, field.type(), relation.holder().holderName());
      return false;
    }
    if (!relation.targetIsModel()) {
      error(field, null, null, Diagnostic.RELATION_TARGET_NOT_MODEL, property, target.getSimpleName(), target.getSimpleName());
      return false;
    }
    return relation.holder() == RawRelation.Kind.MANY_TO_ONE ? checkReference(field) : checkCollection(model, field);
  }

  private boolean checkReference(RawColumn field) {
    RawRelation relation = field.relation();
    List<RawRelation.KeyPart> key = relation.targetKey();
    String problem = null;
    if (key.isEmpty()) {
      problem = "which has no primary key to refer to";
    } else if (key.size() > 1) {
      problem = "whose key has " + key.size() + " columns; references to a composite key are not supported yet";
    } else if (key.get(0).kind() == null || !key.get(0).kind().canBeKey()) {
      problem = "whose key '" + key.get(0).property() + "' has type " + key.get(0).type() + ", which a reference cannot hold";
    }
    if (problem != null) {
      error(field, null, null, Diagnostic.TARGET_KEY_UNSUPPORTED, field.property(), relation.target().getSimpleName(), problem);
      return false;
    }
    if (relation.onDelete().value().equals("SET_NULL")) {
      String reason =
          field.primaryKey().value() ? "it is part of the primary key"
              : !field.nullable().value() ? "nullable = false" : null;
      if (reason != null) {
        error(field, relation, relation.onDelete().source(), Diagnostic.SET_NULL_NOT_NULLABLE, field.property(), reason);
        return false;
      }
    }
    return true;
  }

  private boolean checkCollection(RawModel model, RawColumn field) {
    RawRelation relation = field.relation();
    if (field.annotation() != null) {
      reporter.report(ModelChecker.declaration(field), field.annotation(), null,
          Diagnostic.COLLECTION_WITH_COLUMN, field.property());
      return false;
    }
    String modelName = model.type().getSimpleName().toString();
    String targetName = relation.target().getSimpleName().toString();
    List<String> candidates = relation.inverseCandidates();
    String mappedBy = relation.mappedBy().value();
    AnnotationValue at = relation.mappedBy().source();
    if (relation.mappedBy().isWritten()) {
      if (candidates.contains(mappedBy)) {
        return true;
      }
      String choices = candidates.isEmpty() ? "it has none, so add one" : String.join(", ", candidates);
      if (!relation.targetFields().contains(mappedBy)) {
        error(field, relation, at, Diagnostic.INVERSE_UNKNOWN, mappedBy, targetName, modelName, choices);
      } else {
        error(field, relation, at, Diagnostic.INVERSE_WRONG_TYPE, mappedBy, targetName, typeOf(relation, mappedBy),
            modelName, modelName, choices);
      }
      return false;
    }
    if (candidates.isEmpty()) {
      String suggested = Character.toLowerCase(modelName.charAt(0)) + modelName.substring(1);
      error(field, null, null, Diagnostic.INVERSE_MISSING,
          field.property(), targetName, modelName, targetName, modelName, targetName, modelName, suggested);
      return false;
    }
    if (candidates.size() > 1) {
      error(field, relation, null, Diagnostic.INVERSE_AMBIGUOUS,
          field.property(), targetName, targetName, modelName, String.join(", ", candidates));
      return false;
    }
    return true;
  }

  /** The type of a target field, for a message. */
  private static String typeOf(RawRelation relation, String field) {
    for (Element element : relation.target().getEnclosedElements()) {
      if (element.getSimpleName().contentEquals(field) && element.getKind().isField()) {
        return element.asType().toString();
      }
    }
    return "another type";
  }

  /** An error on the field, at its relationship annotation (and value) when given. */
  private void error(RawColumn field, RawRelation relation, AnnotationValue value, Diagnostic diagnostic, Object... arguments) {
    reporter.report(ModelChecker.declaration(field), relation == null ? null : relation.annotation(), value, diagnostic, arguments);
  }
}
