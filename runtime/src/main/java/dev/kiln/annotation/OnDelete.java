package dev.kiln.annotation;

/** What the database does to the rows that refer to a row being deleted ({@code ON DELETE}). */
public enum OnDelete {
  /** Refuses the delete while rows refer to it, checked at the end of the statement (SQL's default). */
  NO_ACTION,
  /** Refuses the delete while rows refer to it, checked at once. */
  RESTRICT,
  /** Deletes the rows that refer to it too. */
  CASCADE,
  /** Sets their foreign key to {@code NULL}; the foreign key must be nullable. */
  SET_NULL
}
