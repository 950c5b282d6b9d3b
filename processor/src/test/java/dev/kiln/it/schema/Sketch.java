package dev.kiln.it.schema;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.Table;
import dev.kiln.annotation.Transient;

/** A model with two fields that are not columns: one {@code @Transient}, one {@code transient}. */
@Table
class Sketch {
  @Column(primaryKey = true)
  Integer id;

  String title;

  @Transient
  String preview = "none";

  transient int views;

  Sketch() {}

  Sketch(String title) {
    this.title = title;
  }
}
