package dev.kiln.it.types;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.Table;

/** A table with a generated key, a unique not-null column and a not-null column. */
@Table
class Member {
  @Column(primaryKey = true)
  Integer id;

  @Column(length = 80, unique = true, nullable = false)
  String username;

  @Column(nullable = false)
  String email;

  Member() {}

  Member(String username, String email) {
    this.username = username;
    this.email = email;
  }
}
