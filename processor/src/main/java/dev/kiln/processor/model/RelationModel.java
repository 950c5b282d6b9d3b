package dev.kiln.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * One relationship of a model, as the writers need it.
 *
 * @param kind a {@code ToOne} reference (a foreign-key column), a {@code ToMany} of the target's
 *     rows that refer to the model, or a {@code ToMany} of linked rows
 * @param property the field or record component name
 * @param holderType the field's type: {@code ToOne<Author>}, {@code ToMany<Book>}
 * @param constant the relationship's constant in the generated table ({@code AUTHOR})
 * @param reader how generated code gets the holder: a method name or, when null, the field itself
 * @param writer how generated code replaces the holder of a mutable object: a method name or,
 *     when null, the field itself; null with {@code assignable} false when it cannot (a final field)
 * @param assignable whether generated code can give a mutable object a new holder
 * @param target the target model
 * @param foreignKeyConstants for a reference, its columns' constants ({@code AUTHOR_ID}), one per
 *     part of the target's key; empty otherwise
 * @param inverseConstant for a one-to-many, the target's reference constant ({@code AUTHOR}); for
 *     a many-to-many that reads the other side's table, that side's constant; null otherwise
 * @param deleteOrphans for a one-to-many, whether removed elements are deleted
 * @param association for a many-to-many that owns its table, the table's and columns' names; null
 *     otherwise
 */
public record RelationModel(
    Kind kind,
    String property,
    TypeName holderType,
    String constant,
    String reader,
    String writer,
    boolean assignable,
    ClassName target,
    List<String> foreignKeyConstants,
    String inverseConstant,
    boolean deleteOrphans,
    Association association) {

  /** The kinds of relationship. */
  public enum Kind {
    MANY_TO_ONE,
    ONE_TO_MANY,
    MANY_TO_MANY
  }

  /** An association table's name and the columns holding the owner's and the target's keys. */
  public record Association(String table, String column, String targetColumn) {}

  public boolean manyToOne() {
    return kind == Kind.MANY_TO_ONE;
  }

  public RelationModel {
    foreignKeyConstants = List.copyOf(foreignKeyConstants);
  }

  public ClassName targetTable() {
    return GeneratedNames.generatedClass(target, GeneratedNames.TABLE_SUFFIX);
  }
}
