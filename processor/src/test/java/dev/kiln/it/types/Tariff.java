package dev.kiln.it.types;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.Table;
import java.math.BigDecimal;

/** A price that no two tariffs may share: 1.0 and 1.00 are the same price. */
@Table
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
