package dev.kiln.sample;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.Table;

/**
 * The second tutorial's {@code people} table, as a record: immutable, so a stored copy with its
 * generated id comes back through the {@code Ref} that {@code session.add} returns.
 */
@Table(name = "people")
public record Person(
    @Column(primaryKey = true) Integer id,
    @Column(length = 50, unique = true) String name) {

  /** A person not stored yet: the database will choose the id. */
  public Person(String name) {
    this(null, name);
  }

  @Override
  public String toString() {
    return "<Person '" + name + "'>";
  }
}
