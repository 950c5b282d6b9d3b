package dev.kiln.it.schema;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.Table;
import java.time.LocalDateTime;

/** A class built through its constructor, with database-side defaults. */
@Table
class Receipt {
  @Column(primaryKey = true)
  private final Long id;

  @Column(length = 20)
  private final String number;

  @Column(defaultSql = "'open'")
  private final String state;

  @Column(defaultSql = Column.NOW)
  private final LocalDateTime issuedAt;

  Receipt(String number, LocalDateTime issuedAt, String state, Long id) {
    this.id = id;
    this.number = number;
    this.state = state;
    this.issuedAt = issuedAt;
  }

  Long getId() {
    return id;
  }

  String getNumber() {
    return number;
  }

  String getState() {
    return state;
  }

  LocalDateTime getIssuedAt() {
    return issuedAt;
  }
}
