package dev.kiln.it.schema;

import dev.kiln.annotation.Table;
import dev.kiln.it.schema.base.Audited;

/** Inherits its key and timestamps from a superclass in another package. */
@Table
class Invoice extends Audited {
  long amount;

  Invoice() {}

  Invoice(long amount) {
    this.amount = amount;
  }
}
