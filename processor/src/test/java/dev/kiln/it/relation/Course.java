package dev.kiln.it.relation;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.Table;
import dev.kiln.relation.ToMany;

/** A course, with the registrations of its students. */
@Table
public record Course(@Column(primaryKey = true, length = 10) String code, ToMany<Registration> registrations) {
  public static Course of(String code) {
    return new Course(code, new ToMany<>());
  }
}
