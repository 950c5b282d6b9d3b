package dev.kiln.it.types;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.Table;

/** The numbers narrower than int, and the floating-point ones, each primitive and boxed. */
@Table
class Reading {
  @Column(primaryKey = true)
  Integer id;

  byte primitiveByte;
  Byte boxedByte;
  short primitiveShort;
  Short boxedShort;
  float primitiveFloat;
  Float boxedFloat;
  double primitiveDouble;
  Double boxedDouble;

  Reading() {}
}
