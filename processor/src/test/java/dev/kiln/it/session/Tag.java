package dev.kiln.it.session;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.Table;

/** A model whose key the application chooses, in a table and column named with reserved words. */
@Table(name = "order")
public class Tag {
  @Column(primaryKey = true, length = 20)
  String code;

  @Column(name = "select")
  String label;

  Tag() {}

  Tag(String code, String label) {
    this.code = code;
    this.label = label;
  }
}
