package dev.kiln.it.types;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/** One column of every type Kiln stores, for the value type tests; every non-key column is nullable. */
@Table
class Gadget {
  /** How a gadget is finished: an enum, stored by constant name. */
  enum Finish {
    MATTE,
    GLOSS,
    SATIN
  }

  @Column(primaryKey = true)
  Integer id;

  int primitiveInt;
  Integer boxedInt;
  long primitiveLong;
  Long boxedLong;
  boolean primitiveBoolean;
  Boolean boxedBoolean;
  double primitiveDouble;
  Double boxedDouble;

  /** VARCHAR(40). */
  @Column(length = 40)
  String label;

  /** TEXT. */
  String notes;

  /** A reserved word as a column name, which Kiln must quote. */
  LocalDateTime when;

  LocalDate day;
  Instant moment;
  BigDecimal amount;
  byte[] data;
  UUID uuid;
  Finish finish;

  Gadget() {}
}
