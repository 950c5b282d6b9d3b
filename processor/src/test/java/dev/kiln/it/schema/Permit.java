package dev.kiln.it.schema;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.Table;
import dev.kiln.annotation.Version;

/** A class built through its constructor, with a primitive version, which is stored as it is. */
@Table
final class Permit {
  @Column(primaryKey = true)
  private final Long id;

  private final String holder;

  @Version
  private final long revision;

  Permit(Long id, String holder, long revision) {
    this.id = id;
    this.holder = holder;
    this.revision = revision;
  }

  Long getId() {
    return id;
  }

  String getHolder() {
    return holder;
  }

  long getRevision() {
    return revision;
  }
}
