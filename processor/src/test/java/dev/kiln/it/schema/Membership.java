package dev.kiln.it.schema;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.Table;

/** A join-like table: its key is the pair of the user and the group, both chosen by the application. */
@Table
class Membership {
  @Column(primaryKey = true)
  long userId;

  @Column(primaryKey = true, length = 20)
  String groupCode;

  @Column(length = 20)
  String role;

  Membership() {}

  Membership(long userId, String groupCode, String role) {
    this.userId = userId;
    this.groupCode = groupCode;
    this.role = role;
  }
}
