package dev.kiln.it.types;

import dev.kiln.convert.Converter;
import java.math.BigDecimal;
import java.util.Objects;

/** A user type Kiln does not know, stored through a converter: an amount in cents. */
record Money(long cents) {
  /** Stores the cents as a BIGINT, so comparisons and ordering are those of the amounts. */
  static final class CentsConverter implements Converter<Money, Long> {
    @Override
    public Long toColumn(Money value) {
      return value.cents();
    }

    @Override
    public Money fromColumn(Long stored) {
      return new Money(Objects.requireNonNull(stored, "a converter is never given null"));
    }
  }

  /** Stores the amount as a decimal, for a column with a precision: {@code 12.50}. */
  static final class DecimalConverter implements Converter<Money, BigDecimal> {
    @Override
    public BigDecimal toColumn(Money value) {
      return BigDecimal.valueOf(value.cents(), 2);
    }

    @Override
    public Money fromColumn(BigDecimal stored) {
      return new Money(stored.movePointRight(2).longValueExact());
    }
  }
}
