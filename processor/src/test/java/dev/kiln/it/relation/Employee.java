package dev.kiln.it.relation;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.Table;
import dev.kiln.relation.ToOne;

/** Works in a department, which may have an employee as its head. */
@Table
public class Employee {
  @Column(primaryKey = true)
  Integer id;

  @Column(length = 40, nullable = false)
  String name;

  final ToOne<Department> department = new ToOne<>();

  public Employee() {}

  public Employee(String name, Department department) {
    this.name = name;
    this.department.set(department);
  }
}
