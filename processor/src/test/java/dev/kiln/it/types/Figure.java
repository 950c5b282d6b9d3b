package dev.kiln.it.types;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.Table;
import java.math.BigDecimal;

/** A decimal without declared precision, and one declared NUMERIC(38, 10), both indexed. */
@Table
class Figure {
  @Column(primaryKey = true)
  Integer id;

  @Column(index = true)
  BigDecimal amount;

  /** The amount when it fits NUMERIC(38, 10), otherwise null. */
  @Column(precision = 38, scale = 10, index = true)
  BigDecimal money;

  Figure() {}

  Figure(BigDecimal amount, BigDecimal money) {
    this.amount = amount;
    this.money = money;
  }

  @Override
  public String toString() {
    return "Figure[" + id + ", " + amount + ", " + money + "]";
  }
}
