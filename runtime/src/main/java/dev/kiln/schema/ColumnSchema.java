package dev.kiln.schema;

/**
 * What DDL needs to know about one column.
 *
 * @param length the maximum length of a {@link SqlType#VARCHAR}, otherwise 0
 * @param generated whether the database generates the value (an identity primary key)
 */
public record ColumnSchema(
    String name,
    SqlType type,
    int length,
    boolean nullable,
    boolean unique,
    boolean primaryKey,
    boolean generated) {}
