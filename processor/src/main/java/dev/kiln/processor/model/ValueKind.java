package dev.kiln.processor.model;

import dev.kiln.schema.SqlType;

/**
 * The Java types a column may have, each with the runtime pieces generated code uses for it: the
 * {@code ValueType} constant, the {@code Row} getters and {@code Params} setters (boxed, and
 * primitive where the type has a primitive form), and the SQL type.
 */
public enum ValueKind {
  INTEGER("java.lang.Integer", "int", "INTEGER", SqlType.INTEGER, "BoxedInt", "Int"),
  LONG("java.lang.Long", "long", "LONG", SqlType.BIGINT, "BoxedLong", "Long"),
  BOOLEAN("java.lang.Boolean", "boolean", "BOOLEAN", SqlType.BOOLEAN, "BoxedBoolean", "Boolean"),
  DOUBLE("java.lang.Double", "double", "DOUBLE", SqlType.DOUBLE, "BoxedDouble", "Double"),
  STRING("java.lang.String", null, "STRING", SqlType.TEXT, "String", null),
  BYTES("byte[]", null, "BYTES", SqlType.BINARY, "Bytes", null),
  BIG_DECIMAL("java.math.BigDecimal", null, "BIG_DECIMAL", SqlType.DECIMAL, "BigDecimal", null),
  LOCAL_DATE_TIME(
      "java.time.LocalDateTime", null, "LOCAL_DATE_TIME", SqlType.TIMESTAMP, "LocalDateTime", null),
  LOCAL_DATE("java.time.LocalDate", null, "LOCAL_DATE", SqlType.DATE, "LocalDate", null),
  INSTANT("java.time.Instant", null, "INSTANT", SqlType.TIMESTAMP_UTC, "Instant", null),
  UUID("java.util.UUID", null, "UUID", SqlType.UUID, "Uuid", null),
  /** Any enum, stored by constant name through a generated {@code ValueType.enumByName}. */
  ENUM(null, null, null, SqlType.TEXT, null, null);

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

  public SqlType sqlType() {
    return sqlType;
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

  /** A list of the supported types, for messages. */
  public static String supportedTypes() {
    return "int/Integer, long/Long, boolean/Boolean, double/Double, String, byte[], BigDecimal,"
        + " LocalDateTime, LocalDate, Instant, UUID, or an enum";
  }
}
