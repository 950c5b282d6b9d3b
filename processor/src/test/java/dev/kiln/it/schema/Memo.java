package dev.kiln.it.schema;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.Table;
import java.time.Instant;

/** A record with database-side defaults: what the database chose comes back in a new copy. */
@Table
record Memo(
    @Column(primaryKey = true) Long id,
    String text,
    @Column(defaultSql = "'draft'") String status,
    @Column(defaultSql = "0") Integer votes,
    @Column(defaultSql = Column.NOW) Instant createdAt) {
  Memo(String text) {
    this(null, text, null, null, null);
  }
}
