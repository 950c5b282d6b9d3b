package dev.kiln.it.pool;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.Table;

/**
 * A row whose insert kills the connection that runs it, on PostgreSQL, where {@link
 * FaultInjectionTest} gives its table a trigger calling {@code pg_terminate_backend}.
 */
@Table
public class Tripwire {
  @Column(primaryKey = true)
  Integer id;

  String note;

  public Tripwire() {}

  public Tripwire(String note) {
    this.note = note;
  }

  @Override
  public String toString() {
    return "Tripwire[" + id + ", " + note + "]";
  }
}
