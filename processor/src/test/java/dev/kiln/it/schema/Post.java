package dev.kiln.it.schema;

import dev.kiln.annotation.Table;

/** Inherits its key and timestamps from a superclass in the same package. */
@Table
class Post extends Stamped {
  String title;

  Post() {}

  Post(String title) {
    this.title = title;
  }
}
