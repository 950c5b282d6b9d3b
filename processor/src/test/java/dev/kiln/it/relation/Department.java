package dev.kiln.it.relation;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.ManyToOne;
import dev.kiln.annotation.OnDelete;
import dev.kiln.annotation.Table;
import dev.kiln.relation.ToMany;
import dev.kiln.relation.ToOne;

/** Refers to its head, an employee, whose table refers back to it: two tables in a cycle. */
@Table
public class Department {
  @Column(primaryKey = true)
  Integer id;

  @Column(length = 40, nullable = false)
  String name;

  @ManyToOne(onDelete = OnDelete.SET_NULL)
  final ToOne<Employee> head = new ToOne<>();

  final ToMany<Employee> staff = new ToMany<>();

  public Department() {}

  public Department(String name) {
    this.name = name;
  }
}
