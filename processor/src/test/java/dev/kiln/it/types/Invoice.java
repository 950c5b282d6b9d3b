package dev.kiln.it.types;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.Table;
import java.math.BigDecimal;
import java.math.BigInteger;

/** Exact numbers with and without a declared precision. */
@Table
class Invoice {
  @Column(primaryKey = true)
  Integer id;

  /** NUMERIC: any number of digits, scale kept. */
  BigDecimal total;

  /** NUMERIC(10, 2): at most 8 digits before the point. */
  @Column(precision = 10, scale = 2)
  BigDecimal price;

  /** NUMERIC(38, 10): the precision of most databases' widest decimal. */
  @Column(precision = 38, scale = 10)
  BigDecimal rate;

  /** NUMERIC(3, 3): a fraction only, so 0.9995 rounds to a number it cannot hold. */
  @Column(precision = 3, scale = 3)
  BigDecimal discount;

  /** NUMERIC: an integer of any size. */
  BigInteger serial;

  /** NUMERIC(5, 0). */
  @Column(precision = 5)
  BigInteger quantity;

  Invoice() {}
}
