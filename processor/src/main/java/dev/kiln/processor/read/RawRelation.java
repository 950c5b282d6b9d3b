package dev.kiln.processor.read;

import dev.kiln.processor.model.ValueKind;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * What the source says about a field that is, or is marked as, a relationship, before any rule is
 * checked.
 *
 * @param holder the holder the field's type is ({@code ToOne}, {@code ToMany}), or null for any
 *     other type
 * @param annotation the field's {@code @ManyToOne} or {@code @OneToMany}, or null
 * @param annotationKind the relationship that annotation declares, or null without one
 * @param target the holder's type argument, or null if it is not a class or record
 * @param targetIsModel whether the target is a {@code @Table} model
 * @param targetKey the target's key columns, in declaration order; empty when it is no model
 * @param onDelete the constant {@code @ManyToOne(onDelete)} names
 * @param mappedBy what {@code @OneToMany(mappedBy)} names
 * @param deleteOrphans {@code @OneToMany(deleteOrphans)}
 * @param associationTable what {@code @ManyToMany(table)} names
 * @param associationColumn what {@code @ManyToMany(column)} names
 * @param associationTargetColumn what {@code @ManyToMany(targetColumn)} names
 * @param targetTableName the target's table name, when it is a model
 * @param inverseCandidates for a collection, the target's fields it can follow back: its {@code
 *     ToOne} fields that refer to the declaring model, or for a many-to-many, its owning {@code
 *     ToMany} fields of the declaring model
 * @param targetFields for a collection, every field of the target, to tell a missing inverse from
 *     one of the wrong type
 */
public record RawRelation(
    Kind holder,
    AnnotationMirror annotation,
    Kind annotationKind,
    TypeElement target,
    boolean targetIsModel,
    List<KeyPart> targetKey,
    Explicit<String> onDelete,
    Explicit<String> mappedBy,
    boolean deleteOrphans,
    Explicit<String> associationTable,
    Explicit<String> associationColumn,
    Explicit<String> associationTargetColumn,
    String targetTableName,
    List<String> inverseCandidates,
    List<String> targetFields) {

  /** The kinds of relationship, each with its holder type and annotation. */
  public enum Kind {
    MANY_TO_ONE("ToOne", "ManyToOne"),
    ONE_TO_MANY("ToMany", "OneToMany"),
    MANY_TO_MANY("ToMany", "ManyToMany");

    private final String holderName;
    private final String annotationName;

    Kind(String holderName, String annotationName) {
      this.holderName = holderName;
      this.annotationName = annotationName;
    }

    public String holderName() {
      return holderName;
    }

    public String annotationName() {
      return annotationName;
    }
  }

  /**
   * One column of the target's key.
   *
   * @param kind its value kind, or null if a reference cannot hold it (a converted or unsupported type)
   * @param length its VARCHAR length, or 0
   */
  public record KeyPart(String property, String columnName, TypeMirror type, ValueKind kind, int length) {}

  public RawRelation {
    targetKey = List.copyOf(targetKey);
    inverseCandidates = List.copyOf(inverseCandidates);
    targetFields = List.copyOf(targetFields);
  }

  /**
   * The relationship the field declares: its holder's (a {@code ToMany} marked {@code @ManyToMany}
   * is many-to-many), else its annotation's.
   */
  public Kind kind() {
    if (holder == Kind.ONE_TO_MANY && annotationKind == Kind.MANY_TO_MANY) {
      return Kind.MANY_TO_MANY;
    }
    return holder != null ? holder : annotationKind;
  }

  /** Whether the field is a {@code ToMany} marked {@code @ManyToMany} that names no table of its own. */
  public boolean readsOtherSide() {
    return kind() == Kind.MANY_TO_MANY && mappedBy.isWritten();
  }
}
