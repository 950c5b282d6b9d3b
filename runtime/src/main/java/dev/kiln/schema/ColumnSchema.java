package dev.kiln.schema;

/**
 * What DDL needs to know about one column. Keys, unique constraints and indexes are the table's.
 *
 * @param length the maximum length of a {@link SqlType#VARCHAR}, otherwise 0
 * @param precision the total digits of a {@link SqlType#DECIMAL}, or 0 for any
 * @param scale the digits after the decimal point of a {@link SqlType#DECIMAL} with a precision
 * @param generated whether the database generates the value (an identity primary key)
 * @param defaultValue the column's database-side default, or null for none
 */
public record ColumnSchema(
    String name,
    SqlType type,
    int length,
    int precision,
    int scale,
    boolean nullable,
    boolean generated,
    ColumnDefault defaultValue) {}
