package dev.kiln.it.pool;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.Table;

/** A named count that the pool tests' threads add to: the total must equal what committed. */
@Table
public class Counter {
  @Column(primaryKey = true)
  Integer id;

  @Column(length = 40, nullable = false, unique = true)
  String name;

  long hits;

  public Counter() {}

  public Counter(String name) {
    this.name = name;
  }

  @Override
  public String toString() {
    return "Counter[" + id + ", " + name + ", " + hits + "]";
  }
}
