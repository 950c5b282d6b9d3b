package dev.kiln.processor.model;

import dev.kiln.schema.SqlType;

/**
 * The Java types a column may have, each with the runtime pieces generated code uses for it: the
 * {@code ValueType} constant, the {@code Row} getters and {@code Params} setters (boxed, and
 * primitive where the type has a primitive form), and the SQL type.
 */
public enum ValueKind {
  BYTE("java.lang.Byte", "byte", "BYTE", SqlType.SMALLINT, "BoxedByte", "Byte"),
  SHORT("java.lang.Short", "short", "SHORT", SqlType.SMALLINT, "BoxedShort", "Short"),
  INTEGER("java.lang.Integer", "int", "INTEGER", SqlType.INTEGER, "BoxedInt", "Int"),
  LONG("java.lang.Long", "long", "LONG", SqlType.BIGINT, "BoxedLong", "Long"),
  FLOAT("java.lang.Float", "float", "FLOAT", SqlType.REAL, "BoxedFloat", "Float"),
  DOUBLE("java.lang.Double", "double", "DOUBLE", SqlType.DOUBLE, "BoxedDouble", "Double"),
  BOOLEAN("java.lang.Boolean", "boolean", "BOOLEAN", SqlType.BOOLEAN, "BoxedBoolean", "Boolean"),
  CHARACTER("java.lang.Character", "char", "CHARACTER", SqlType.CHAR, "BoxedChar", "Char"),
  STRING("java.lang.String", null, "STRING", SqlType.TEXT, "String", null),
  BYTES("byte[]", null, "BYTES", SqlType.BINARY, "Bytes", null),
  BIG_DECIMAL("java.math.BigDecimal", null, "BIG_DECIMAL", SqlType.DECIMAL, "BigDecimal", null),
  BIG_INTEGER("java.math.BigInteger", null, "BIG_INTEGER", SqlType.DECIMAL, "BigInteger", null),
  LOCAL_DATE("java.time.LocalDate", null, "LOCAL_DATE", SqlType.DATE, "LocalDate", null),
  LOCAL_TIME("java.time.LocalTime", null, "LOCAL_TIME", SqlType.TIME, "LocalTime", null),
  LOCAL_DATE_TIME(
      "java.time.LocalDateTime", null, "LOCAL_DATE_TIME", SqlType.TIMESTAMP, "LocalDateTime", null),
  OFFSET_DATE_TIME(
      "java.time.OffsetDateTime", null, "OFFSET_DATE_TIME", SqlType.TIMESTAMP_UTC, "OffsetDateTime", null),
  INSTANT("java.time.Instant", null, "INSTANT", SqlType.TIMESTAMP_UTC, "Instant", null),
  DURATION("java.time.Duration", null, "DURATION", SqlType.BIGINT, "Duration", null),
  UUID("java.util.UUID", null, "UUID", SqlType.UUID, "Uuid", null),
  /** Any enum, stored by name or by ordinal through a generated {@code ValueType}. */
  ENUM(null, null, null, null, null, null);

  private final String boxedName;
  private final String primitiveName;
  private final String valueTypeConstant;
  private final SqlType sqlType;
  private final String boxedAccessorSuffix;
  private final String primitiveAccessorSuffix;

  ValueKind(
      String boxedName,
      String primitiveName,
      String valueTypeConstant,
      SqlType sqlType,
      String boxedAccessorSuffix,
      String primitiveAccessorSuffix) {
    this.boxedName = boxedName;
    this.primitiveName = primitiveName;
    this.valueTypeConstant = valueTypeConstant;
    this.sqlType = sqlType;
    this.boxedAccessorSuffix = boxedAccessorSuffix;
    this.primitiveAccessorSuffix = primitiveAccessorSuffix;
  }

  /** The kind whose boxed or array type has this canonical name, or null. */
  public static ValueKind forTypeName(String canonicalName) {
    for (ValueKind kind : values()) {
      if (canonicalName.equals(kind.boxedName)) {
        return kind;
      }
    }
    return null;
  }

  /** The kind whose primitive type has this name ({@code int}), or null. */
  public static ValueKind forPrimitive(String primitive) {
    for (ValueKind kind : values()) {
      if (primitive.equals(kind.primitiveName)) {
        return kind;
      }
    }
    return null;
  }

  /** The name of the {@code ValueType} constant, or null for {@link #ENUM}. */
  public String valueTypeConstant() {
    return valueTypeConstant;
  }

  /** The SQL type, or null for {@link #ENUM}, whose storage the column decides. */
  public SqlType sqlType() {
    return sqlType;
  }

  /** Whether the kind has a primitive form ({@code int} for {@code Integer}). */
  public boolean hasPrimitive() {
    return primitiveName != null;
  }

  /** {@code getBoxedInt} or, for a primitive field, {@code getInt}. */
  public String rowGetter(boolean primitive) {
    return "get" + (primitive ? primitiveAccessorSuffix : boxedAccessorSuffix);
  }

  /** {@code setBoxedInt} or, for a primitive field, {@code setInt}. */
  public String paramsSetter(boolean primitive) {
    return "set" + (primitive ? primitiveAccessorSuffix : boxedAccessorSuffix);
  }

  /** Whether the database can generate keys of this kind. */
  public boolean canBeGeneratedKey() {
    return this == INTEGER || this == LONG;
  }

  /** Whether the type is a number, so that its column offers arithmetic. */
  public boolean isNumber() {
    return switch (this) {
      case BYTE, SHORT, INTEGER, LONG, FLOAT, DOUBLE, BIG_DECIMAL, BIG_INTEGER -> true;
      default -> false;
    };
  }

  /** Whether {@code precision} applies: an exact number. */
  public boolean hasPrecision() {
    return this == BIG_DECIMAL || this == BIG_INTEGER;
  }

  /** Whether the database can fill the column with the current time. */
  public boolean isTemporal() {
    return this == LOCAL_DATE || this == LOCAL_TIME || this == LOCAL_DATE_TIME
        || this == OFFSET_DATE_TIME || this == INSTANT;
  }

  /** Whether values compare by content, as a key's must; an array does not. */
  public boolean canBeKey() {
    return this != BYTES;
  }

  /** Whether values are inexact, so that equal-looking values may differ. */
  public boolean isFloatingPoint() {
    return this == FLOAT || this == DOUBLE;
  }

  /** A list of the supported types, for messages. */
  public static String supportedTypes() {
    return "a primitive or its box, String, byte[], BigDecimal, BigInteger, LocalDate, LocalTime,"
        + " LocalDateTime, OffsetDateTime, Instant, Duration, UUID, an enum, or any type with"
        + " @Convert";
  }
}
