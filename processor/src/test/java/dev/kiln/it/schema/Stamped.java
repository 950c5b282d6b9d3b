package dev.kiln.it.schema;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.MappedSuperclass;
import java.time.Instant;

/** Columns shared by {@link Post} and {@link Comment}: package-private fields, reachable from this package. */
@MappedSuperclass
abstract class Stamped {
  @Column(primaryKey = true)
  Long id;

  @Column(defaultSql = Column.NOW)
  Instant createdAt;

  Instant updatedAt;
}
