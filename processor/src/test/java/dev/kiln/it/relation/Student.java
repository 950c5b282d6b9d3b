package dev.kiln.it.relation;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.Table;
import dev.kiln.relation.ToMany;

/** A student enrolled in courses through a model with a grade of its own. */
@Table
public class Student {
  @Column(primaryKey = true)
  Long id;

  String name;

  final ToMany<Registration> registrations = new ToMany<>();

  public Student() {}

  public Student(String name) {
    this.name = name;
  }
}
