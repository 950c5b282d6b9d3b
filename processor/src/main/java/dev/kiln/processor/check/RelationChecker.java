package dev.kiln.processor.check;

import dev.kiln.processor.read.AssociationNames;
import dev.kiln.processor.read.Explicit;
import dev.kiln.processor.read.RawColumn;
import dev.kiln.processor.read.RawModel;
import dev.kiln.processor.read.RawRelation;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    if (relation.annotationKind() != null && !relation.annotationKind().holderName().equals(relation.holder().holderName())) {
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
    return switch (relation.kind()) {
      case MANY_TO_ONE -> checkReference(field);
      case ONE_TO_MANY -> checkCollection(model, field);
      case MANY_TO_MANY -> checkAssociation(model, field);
    };
  }

  private boolean checkReference(RawColumn field) {
    RawRelation relation = field.relation();
    if (!checkTargetKey(field)) {
      return false;
    }
    if (!checkReferenceColumnType(field)) {
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

  /**
   * A reference's columns take their types from the target's key, so a length, precision or scale
   * written on the reference would declare a foreign key of another type than the key it holds.
   */
  private boolean checkReferenceColumnType(RawColumn field) {
    RawRelation.KeyPart key = field.relation().targetKey().get(0);
    Map<String, Explicit<Integer>> written = new LinkedHashMap<>();
    written.put("length", field.length());
    written.put("precision", field.precision());
    written.put("scale", field.scale());
    for (Map.Entry<String, Explicit<Integer>> attribute : written.entrySet()) {
      if (attribute.getValue().isWritten()) {
        String target = field.relation().target().getSimpleName().toString();
        String type = key.type().toString();
        String keyType = type.substring(type.lastIndexOf('.') + 1) + (key.length() > 0 ? ", length " + key.length() : "");
        reporter.report(ModelChecker.declaration(field), field.annotation(), attribute.getValue().source(),
            Diagnostic.REFERENCE_COLUMN_TYPE, field.property(), target, target, key.property(), keyType,
            attribute.getKey(), attribute.getValue().value(), attribute.getKey());
        return false;
      }
    }
    return true;
  }

  /**
   * The target's key columns are of kinds a reference can hold; a link of a many-to-many holds one
   * column only.
   */
  private boolean checkTargetKey(RawColumn field) {
    RawRelation relation = field.relation();
    List<RawRelation.KeyPart> key = relation.targetKey();
    String problem = null;
    RawRelation.KeyPart unsupported =
        key.stream().filter(part -> part.kind() == null || !part.kind().canBeKey()).findFirst().orElse(null);
    if (key.isEmpty()) {
      problem = "which has no primary key to refer to";
    } else if (key.size() > 1 && relation.kind() == RawRelation.Kind.MANY_TO_MANY) {
      problem = "whose key has " + key.size() + " columns; a many-to-many to a composite key is not supported yet";
    } else if (unsupported != null) {
      problem = "whose key '" + unsupported.property() + "' has type " + unsupported.type() + ", which a reference cannot hold";
    }
    if (problem != null) {
      error(field, null, null, Diagnostic.TARGET_KEY_UNSUPPORTED, field.property(), relation.target().getSimpleName(), problem);
      return false;
    }
    return true;
  }

  /** A collection has no column of its own. */
  private boolean checkNoColumn(RawColumn field) {
    if (field.annotation() != null) {
      reporter.report(ModelChecker.declaration(field), field.annotation(), null,
          Diagnostic.COLLECTION_WITH_COLUMN, field.property());
      return false;
    }
    return true;
  }

  /**
   * A many-to-many: the side that names {@code mappedBy} names the target's owning side; the
   * owning side's keys are single columns and its table's and columns' names are usable.
   */
  private boolean checkAssociation(RawModel model, RawColumn field) {
    RawRelation relation = field.relation();
    if (!checkNoColumn(field)) {
      return false;
    }
    if (relation.readsOtherSide()) {
      return checkMappedBy(model, field);
    }
    if (!checkTargetKey(field)) {
      return false;
    }
    List<RawColumn> ownKey = model.storedColumns().stream().filter(column -> column.primaryKey().value()).toList();
    if (ownKey.size() != 1 || ownKey.get(0).storedKind() == null || ownKey.get(0).isReference()) {
      error(field, relation, null, Diagnostic.ASSOCIATION_OWNER_KEY, field.property(), model.type().getSimpleName());
      return false;
    }
    AssociationNames names = AssociationNames.of(model, field);
    if (names.column().equals(names.targetColumn())) {
      error(field, relation, null, Diagnostic.ASSOCIATION_COLUMNS_CLASH, field.property(), names.column());
      return false;
    }
    if (names.table().equals(model.tableName()) || names.table().equals(relation.targetTableName())) {
      error(field, relation, relation.associationTable().source(), Diagnostic.ASSOCIATION_TABLE_CLASH,
          field.property(), names.table());
      return false;
    }
    return names.check(this::checkName);
  }

  /** Only a name's length can be wrong here: blank names fall back to the defaults. */
  private boolean checkName(RawColumn field, Explicit<String> attribute, String name) {
    if (!attribute.value().isEmpty() && attribute.value().isBlank()) {
      error(field, field.relation(), attribute.source(), Diagnostic.BLANK_NAME, attribute.value(), name);
      return false;
    }
    if (name.getBytes(StandardCharsets.UTF_8).length > ModelChecker.MAX_IDENTIFIER_BYTES) {
      error(field, field.relation(), attribute.source(), Diagnostic.NAME_TOO_LONG, name,
          name.getBytes(StandardCharsets.UTF_8).length, attribute.isWritten() ? "" : ", for example with @ManyToMany(table = \"...\")");
      return false;
    }
    return true;
  }

  private boolean checkCollection(RawModel model, RawColumn field) {
    if (!checkNoColumn(field)) {
      return false;
    }
    return checkMappedBy(model, field);
  }

  /** The field the collection follows back: named by mappedBy, or the target's only candidate. */
  private boolean checkMappedBy(RawModel model, RawColumn field) {
    RawRelation relation = field.relation();
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
      String annotation = relation.kind().annotationName();
      if (!relation.targetFields().contains(mappedBy)) {
        error(field, relation, at, Diagnostic.INVERSE_UNKNOWN, annotation, mappedBy, targetName, targetName, modelName, choices);
      } else {
        String expected =
            relation.kind() == RawRelation.Kind.MANY_TO_MANY
                ? "a ToMany<" + modelName + "> marked @ManyToMany without mappedBy"
                : "a ToOne<" + modelName + ">";
        error(field, relation, at, Diagnostic.INVERSE_WRONG_TYPE, annotation, mappedBy, targetName,
            typeOf(relation, mappedBy), expected, choices);
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
