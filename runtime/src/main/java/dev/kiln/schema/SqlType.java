package dev.kiln.schema;

/** The portable SQL types a column can have; each {@link dev.kiln.dialect.Dialect} spells them. */
public enum SqlType {
  SMALLINT,
  INTEGER,
  BIGINT,
  /** A 4-byte floating-point number. */
  REAL,
  /** An 8-byte floating-point number. */
  DOUBLE,
  BOOLEAN,
  /** Exactly one character. */
  CHAR,
  /** A string with a maximum length. */
  VARCHAR,
  /** A string of any length. */
  TEXT,
  /** An exact number, with an optional precision and scale. */
  DECIMAL,
  DATE,
  /** A time of day without a time zone. */
  TIME,
  /** A date and time without a time zone. */
  TIMESTAMP,
  /** An instant on the time line. */
  TIMESTAMP_UTC,
  BINARY,
  UUID
}
