package dev.kiln.it.reliability;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.Table;

/**
 * A row that records which PostgreSQL server process inserted it: {@code backendPid} defaults to
 * {@code pg_backend_pid()}, which Kiln reads back on insert. PostgreSQL only.
 */
@Table
class Probe {
  @Column(primaryKey = true)
  Integer id;

  @Column(nullable = false)
  String label;

  @Column(defaultSql = "pg_backend_pid()")
  Integer backendPid;

  Probe() {}

  Probe(String label) {
    this.label = label;
  }
}
