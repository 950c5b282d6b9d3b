package dev.kiln.it.query;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.Table;

/** The core-layer tutorial's {@code people} table: a generated key and a unique name. */
@Table(name = "people")
public class Person {
  @Column(primaryKey = true)
  Integer id;

  @Column(length = 40, nullable = false, unique = true)
  String name;

  Integer age;
}
