package dev.kiln.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;

/**
 * One relationship of a model, as the writers need it.
 *
 * @param manyToOne whether it is a {@code ToOne} reference (a foreign-key column); otherwise a
 *     {@code ToMany} collection of the target's rows that refer to the model
 * @param property the field or record component name
 * @param holderType the field's type: {@code ToOne<Author>}, {@code ToMany<Book>}
 * @param constant the relationship's constant in the generated table ({@code AUTHOR})
 * @param reader how generated code gets the holder: a method name or, when null, the field itself
 * @param writer how generated code replaces the holder of a mutable object: a method name or,
 *     when null, the field itself; null with {@code assignable} false when it cannot (a final field)
 * @param assignable whether generated code can give a mutable object a new holder
 * @param target the target model
 * @param foreignKeyConstant for a reference, its column's constant ({@code AUTHOR_ID})
 * @param inverseConstant for a collection, the target's reference constant ({@code AUTHOR})
 * @param deleteOrphans for a collection, whether removed elements are deleted
 */
public record RelationModel(
    boolean manyToOne,
    String property,
    TypeName holderType,
    String constant,
    String reader,
    String writer,
    boolean assignable,
    ClassName target,
    String foreignKeyConstant,
    String inverseConstant,
    boolean deleteOrphans) {

  public ClassName targetTable() {
    return GeneratedNames.generatedClass(target, GeneratedNames.TABLE_SUFFIX);
  }
}
