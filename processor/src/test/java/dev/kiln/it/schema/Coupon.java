package dev.kiln.it.schema;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.Table;
import dev.kiln.annotation.Version;

/** A record with a boxed version: left null, the database's 0 comes back in the copy its Ref holds. */
@Table
record Coupon(@Column(primaryKey = true) Long id, String code, @Version Integer version) {
  Coupon(String code) {
    this(null, code, null);
  }
}
