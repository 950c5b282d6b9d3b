package dev.kiln.it.schema;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.Table;

/** Holds a model nested as a static class; its generated classes are top-level {@code WarehouseBin...}. */
class Warehouse {
  private Warehouse() {}

  @Table
  static class Bin {
    @Column(primaryKey = true)
    Integer id;

    @Column(length = 10)
    String code;

    int capacity;

    Bin() {}

    Bin(String code, int capacity) {
      this.code = code;
      this.capacity = capacity;
    }
  }
}
