package dev.kiln.it.schema;

import dev.kiln.annotation.Table;
import dev.kiln.it.schema.base.Audited;

/** A second model on {@link Audited}. */
@Table
class Shipment extends Audited {
  String carrier;

  Shipment() {}

  Shipment(String carrier) {
    this.carrier = carrier;
  }
}
