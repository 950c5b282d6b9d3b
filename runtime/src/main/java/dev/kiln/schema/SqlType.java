package dev.kiln.schema;

/** The portable SQL types a column can have; each {@link dev.kiln.dialect.Dialect} spells them. */
public enum SqlType {
  INTEGER,
  BIGINT,
  BOOLEAN,
  DOUBLE,
  /** A string with a maximum length. */
  VARCHAR,
  /** A string of any length. */
  TEXT,
  DECIMAL,
  /** A date and time without a time zone. */
  TIMESTAMP,
  /** An instant on the time line. */
  TIMESTAMP_UTC,
  DATE,
  BINARY,
  UUID
}
