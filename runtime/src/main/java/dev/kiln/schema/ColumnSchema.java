package dev.kiln.schema;

/**
 * What DDL needs to know about one column. Keys, unique constraints and indexes are the table's.
 * Generated tables start from {@link #of} and add the rest with the methods below, which read
 * better than eight positional values.
 *
 * @param length the maximum length of a {@link SqlType#VARCHAR}, otherwise 0
 * @param precision the total digits of a {@link SqlType#DECIMAL}, or 0 for any
 * @param scale the digits after the decimal point of a {@link SqlType#DECIMAL} with a precision
 * @param generated whether the database generates the value (an identity primary key)
 * @param defaultValue the column's database-side default, or null for none
 * @param version whether the column is the model's {@code @Version}, which sessions count; DDL
 *     renders it as any other column
 */
public record ColumnSchema(
    String name,
    SqlType type,
    int length,
    int precision,
    int scale,
    boolean nullable,
    boolean generated,
    ColumnDefault defaultValue,
    boolean version) {

  /** A nullable column of this type, with no length, precision, default or generated value. */
  public static ColumnSchema of(String name, SqlType type) {
    return new ColumnSchema(name, type, 0, 0, 0, true, false, null, false);
  }

  /** The same column under another name. */
  public ColumnSchema withName(String name) {
    return new ColumnSchema(name, type, length, precision, scale, nullable, generated, defaultValue, version);
  }

  public ColumnSchema withLength(int length) {
    return new ColumnSchema(name, type, length, precision, scale, nullable, generated, defaultValue, version);
  }

  public ColumnSchema withPrecision(int precision, int scale) {
    return new ColumnSchema(name, type, length, precision, scale, nullable, generated, defaultValue, version);
  }

  public ColumnSchema notNull() {
    return new ColumnSchema(name, type, length, precision, scale, false, generated, defaultValue, version);
  }

  /** The table's single primary key column, whose values the database generates; never null. */
  public ColumnSchema generatedKey() {
    return new ColumnSchema(name, type, length, precision, scale, false, true, defaultValue, version);
  }

  public ColumnSchema withDefault(ColumnDefault defaultValue) {
    return new ColumnSchema(name, type, length, precision, scale, nullable, generated, defaultValue, version);
  }

  /** The model's {@code @Version}, counting the row's updates. */
  public ColumnSchema asVersion() {
    return new ColumnSchema(name, type, length, precision, scale, nullable, generated, defaultValue, true);
  }
}
