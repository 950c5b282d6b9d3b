package dev.kiln.it.types;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.Convert;
import dev.kiln.annotation.Table;
import dev.kiln.convert.Converter;

/** A model whose converter refuses some values, as a user's validation might. */
@Table
record Voucher(@Column(primaryKey = true) Integer id, @Convert(Voucher.PositiveCents.class) Money amount) {
  /** Stores cents, refusing a negative amount the way a user's converter might validate. */
  static final class PositiveCents implements Converter<Money, Long> {
    @Override
    public Long toColumn(Money value) {
      if (value.cents() < 0) {
        throw new IllegalArgumentException("A voucher cannot be negative: " + value);
      }
      return value.cents();
    }

    @Override
    public Money fromColumn(Long stored) {
      return new Money(stored);
    }
  }
}
