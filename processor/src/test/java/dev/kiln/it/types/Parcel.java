package dev.kiln.it.types;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.Convert;
import dev.kiln.annotation.Enumerated;
import dev.kiln.annotation.Table;
import dev.kiln.convert.Converter;
import java.time.ZoneId;

/** A record with enums stored both ways and user types stored through converters. */
@Table
record Parcel(
    @Column(primaryKey = true) Integer id,
    @Enumerated(Enumerated.Storage.ORDINAL) Priority priority,
    Priority priorityByName,
    @Convert(Money.CentsConverter.class) Money postage,
    @Convert(Money.DecimalConverter.class) @Column(precision = 8, scale = 2) Money insured,
    @Convert(ZoneIdConverter.class) @Column(length = 40) ZoneId destination) {

  /** Declared in ascending order of urgency, and not in alphabetical order. */
  enum Priority {
    LOW,
    NORMAL,
    HIGH,
    URGENT
  }

  /** Stores a time zone by its ID, as text. */
  static final class ZoneIdConverter implements Converter<ZoneId, String> {
    @Override
    public String toColumn(ZoneId value) {
      return value.getId();
    }

    @Override
    public ZoneId fromColumn(String stored) {
      return ZoneId.of(stored);
    }
  }
}
