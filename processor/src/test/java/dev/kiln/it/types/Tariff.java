package dev.kiln.it.types;

import dev.kiln.annotation.Check;
import dev.kiln.annotation.Column;
import dev.kiln.annotation.Table;
import java.math.BigDecimal;

/**
 * A price that no two tariffs may share (1.0 and 1.00 are the same price), above zero: the check
 * compares with a quoted number, which SQLite compares in the column's numeric collation and
 * PostgreSQL reads as a number.
 */
@Table
@Check(name = "tariff_price_positive", value = "price > '0'")
class Tariff {
  @Column(primaryKey = true)
  Integer id;

  @Column(unique = true)
  BigDecimal price;

  Tariff() {}

  Tariff(BigDecimal price) {
    this.price = price;
  }
}
