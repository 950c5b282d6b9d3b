package dev.kiln.it.schema;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.Table;

/** The model that MigrateTest's migrations build, version by version. */
@Table
class Sprocket {
  @Column(primaryKey = true)
  Integer id;

  @Column(length = 60, unique = true, nullable = false)
  String name;

  Integer stock;

  Sprocket() {}
}
