package dev.kiln.bench;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.Table;
import java.math.BigDecimal;

/** The same amount twice: as integer cents and as a decimal, each indexed (issue 21's benchmark). */
@Table
public class Priced {
  @Column(primaryKey = true)
  Long id;

  @Column(index = true)
  long cents;

  @Column(precision = 12, scale = 2, index = true)
  BigDecimal amount;

  public Priced() {}

  Priced(long cents) {
    this.cents = cents;
    this.amount = BigDecimal.valueOf(cents, 2);
  }
}
