package dev.kiln.it.schema;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.Table;

/** A record: built through its canonical constructor, changed by saving a changed copy. */
@Table
record Planet(@Column(primaryKey = true) Long id, String name, long population) {
  Planet withPopulation(long newPopulation) {
    return new Planet(id, name, newPopulation);
  }
}
