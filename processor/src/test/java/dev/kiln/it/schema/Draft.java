package dev.kiln.it.schema;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/** A mutable model with Java-side defaults (field initializers) and database-side ones. */
@Table
class Draft {
  @Column(primaryKey = true)
  Long id;

  String title;

  int score = 10;

  String kind = "article";

  @Column(defaultSql = "'draft'")
  String status;

  @Column(defaultSql = "0")
  Integer votes;

  @Column(defaultSql = Column.NOW)
  Instant createdAt;

  @Column(defaultSql = Column.NOW)
  LocalDateTime createdLocal;

  @Column(defaultSql = Column.NOW)
  LocalDate createdOn;

  @Column(defaultSql = Column.NOW)
  OffsetDateTime stampedAt;

  Draft() {}

  Draft(String title) {
    this.title = title;
  }
}
