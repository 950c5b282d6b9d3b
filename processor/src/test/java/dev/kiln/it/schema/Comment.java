package dev.kiln.it.schema;

import dev.kiln.annotation.Table;

/** A second model on {@link Stamped}, so that each table gets the inherited columns and keys of its own. */
@Table
class Comment extends Stamped {
  String body;

  Comment() {}

  Comment(String body) {
    this.body = body;
  }
}
