package dev.kiln.it.schema.base;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.MappedSuperclass;
import java.time.Instant;

/**
 * Columns shared by models in another package, which generated code reaches the two public ways:
 * private fields through public accessors, and a public field.
 */
@MappedSuperclass
public abstract class Audited {
  @Column(primaryKey = true)
  private Long id;

  @Column(defaultSql = Column.NOW)
  private Instant createdAt;

  public Instant updatedAt;

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(Instant createdAt) {
    this.createdAt = createdAt;
  }
}
