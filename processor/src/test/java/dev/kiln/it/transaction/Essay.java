package dev.kiln.it.transaction;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.Table;

/** Long text that a LIKE pattern with several wildcards takes a while to search: a slow query. */
@Table
public class Essay {
  @Column(primaryKey = true)
  Integer id;

  String body;

  public Essay() {}

  public Essay(String body) {
    this.body = body;
  }

  @Override
  public String toString() {
    return "Essay[" + id + ", " + body.length() + " characters]";
  }
}
