package dev.kiln.it.projection;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.Projection;
import dev.kiln.annotation.Table;
import java.math.BigDecimal;

/** A model with two projections: one with a primitive component, one in another order. */
@Table
public class Hero {
  @Column(primaryKey = true)
  Integer id;

  @Column(length = 40, nullable = false)
  String name;

  Integer power;

  @Column(precision = 8, scale = 2)
  BigDecimal wage;

  /** The name and power of a hero; power as a primitive, so a null power cannot be projected. */
  @Projection
  public record Card(String name, int power) {}

  /** Columns out of declaration order. */
  @Projection
  public record Payslip(BigDecimal wage, String name) {}

  Hero() {}

  Hero(String name, Integer power, BigDecimal wage) {
    this.name = name;
    this.power = power;
    this.wage = wage;
  }
}
