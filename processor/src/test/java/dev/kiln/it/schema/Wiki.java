package dev.kiln.it.schema;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.Table;
import dev.kiln.annotation.Version;

/** A mutable class with a boxed, renamed version: left null, it gets the database's 0 back. */
@Table
class Wiki {
  @Column(primaryKey = true)
  Long id;

  String title;

  @Version
  @Column(name = "row_version")
  Long version;

  Wiki() {}

  Wiki(String title) {
    this.title = title;
  }
}
