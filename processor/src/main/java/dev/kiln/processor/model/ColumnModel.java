package dev.kiln.processor.model;

import com.palantir.javapoet.TypeName;
import dev.kiln.schema.ColumnSchema;
import dev.kiln.schema.SqlType;

/**
 * One column of a model, as the writers need it.
 *
 * @param property the field or record component name
 * @param javaType the declared Java type (primitive where the field is)
 * @param constant the name of the column's constant in the generated table ({@code JOINED_ON})
 * @param reader how generated code reads the property from an object: a method name ({@code
 *     getUsername}) or, when null, the field itself
 * @param writer how generated code sets the property on a mutable object: a method name or, when
 *     null, the field itself; unused for records
 * @param length the VARCHAR length, or 0 for TEXT
 */
public record ColumnModel(
    String property,
    String name,
    TypeName javaType,
    ValueKind kind,
    String constant,
    String reader,
    String writer,
    boolean primaryKey,
    boolean generated,
    boolean unique,
    boolean nullable,
    int length) {

  public boolean isPrimitive() {
    return javaType.isPrimitive();
  }

  public SqlType sqlType() {
    return kind == ValueKind.STRING && length > 0 ? SqlType.VARCHAR : kind.sqlType();
  }

  public ColumnSchema schema() {
    return new ColumnSchema(name, sqlType(), length, nullable, unique, primaryKey, generated);
  }
}
