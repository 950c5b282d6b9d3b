package dev.kiln.it.reliability;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/** One column of each kind of value that is easy to mangle on its way to a database and back. */
@Table
class Specimen {
  @Column(primaryKey = true)
  Integer id;

  /** VARCHAR(100), indexed. */
  @Column(length = 100, index = true)
  String label;

  /** TEXT. */
  String body;

  /** NUMERIC(38, 10): the widest decimal most databases have. */
  @Column(precision = 38, scale = 10)
  BigDecimal fixed;

  /** NUMERIC: any number of digits, its scale kept. */
  BigDecimal exact;

  LocalDateTime localDateTime;
  OffsetDateTime offsetDateTime;
  Instant instant;

  Specimen() {}
}
