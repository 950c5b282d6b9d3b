package dev.kiln.it.schema;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.Table;

/** Package-private fields, which generated code in this package reads and writes directly. */
@Table
class Crate {
  @Column(primaryKey = true)
  Integer id;

  String label;

  double weight;

  Crate() {}

  Crate(String label, double weight) {
    this.label = label;
    this.weight = weight;
  }
}
