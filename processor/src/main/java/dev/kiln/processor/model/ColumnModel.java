package dev.kiln.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.kiln.schema.ColumnDefault;
import dev.kiln.schema.SqlType;

/**
 * One column of a model, as the writers need it.
 *
 * @param property the field or record component name
 * @param javaType the declared Java type (primitive where the field is)
 * @param kind the kind of the Java type; null for a converted field
 * @param constant the name of the column's constant in the generated table ({@code JOINED_ON})
 * @param reader how generated code reads the property from an object: a method name ({@code
 *     getUsername}) or, when null, the field itself
 * @param writer how generated code sets the property on a mutable object: a method name or, when
 *     null, the field itself; unused for immutable models
 * @param primaryKey whether the column is the primary key or a part of it
 * @param generated whether the database generates the key
 * @param version whether the column is the model's {@code @Version}, counting the row's updates
 * @param length the VARCHAR length, or 0 for TEXT
 * @param precision the NUMERIC precision, or 0 for any
 * @param defaultValue the database-side default, or null
 * @param enumByOrdinal whether an enum is stored by ordinal rather than by name
 * @param converter the converter class of a converted field, or null
 * @param storedKind the kind of the stored values: {@code kind}, or the converter's stored kind
 * @param storedType the Java type of the stored values, boxed
 * @param reference for a {@code ToOne} field's foreign-key column, its relationship's constant
 *     ({@code AUTHOR}), through which generated code reads and writes the key; null otherwise
 * @param referencePart for one of several columns of a reference to a composite key, which part of
 *     the key it holds; -1 otherwise
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
    boolean version,
    boolean nullable,
    int length,
    int precision,
    int scale,
    ColumnDefault defaultValue,
    boolean enumByOrdinal,
    ClassName converter,
    ValueKind storedKind,
    TypeName storedType,
    String reference,
    int referencePart) {

  /** This column as read into another Java type of the same kind: a projection's primitive or box. */
  public ColumnModel withJavaType(TypeName type) {
    return new ColumnModel(
        property, name, type, kind, constant, reader, writer, primaryKey, generated, version, nullable,
        length, precision, scale, defaultValue, enumByOrdinal, converter, storedKind, storedType, reference,
        referencePart);
  }

  /** Whether the column is a {@code ToOne} field's foreign key. */
  public boolean isReference() {
    return reference != null;
  }

  public boolean isPrimitive() {
    return javaType.isPrimitive();
  }

  public boolean isEnum() {
    return kind == ValueKind.ENUM;
  }

  /**
   * Whether the generated table declares a {@code ValueType} for this column (an enum, a converted
   * field, a number with a precision) instead of using a shared one.
   */
  public boolean hasOwnValueType() {
    return readsThroughValueType() || hasPrecision();
  }

  /**
   * Whether a read goes through the column's own value type: an enum's name or a converted value
   * must be turned into the field's type, while a precision only constrains what is written. A
   * read through the value type costs a call the JIT cannot inline, as every value type shares it.
   */
  public boolean readsThroughValueType() {
    return isEnum() || converter != null;
  }

  /** Whether the stored number has a declared precision, which its value type enforces. */
  public boolean hasPrecision() {
    return storedKind.hasPrecision() && precision > 0;
  }

  /** Whether an insert leaves the column to the database when the object does not set it. */
  public boolean databaseFilled() {
    return generated || defaultValue != null;
  }

  public SqlType sqlType() {
    if (storedKind == ValueKind.ENUM) {
      return enumByOrdinal ? SqlType.SMALLINT : SqlType.TEXT;
    }
    if (storedKind == ValueKind.STRING && length > 0) {
      return SqlType.VARCHAR;
    }
    return storedKind.sqlType();
  }
}
