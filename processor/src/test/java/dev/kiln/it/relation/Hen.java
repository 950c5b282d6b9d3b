package dev.kiln.it.relation;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.Table;
import dev.kiln.relation.ToOne;

/** Hatched from an egg it must name, which must name its hen: a cycle no row can start. */
@Table
public class Hen {
  @Column(primaryKey = true)
  Integer id;

  @Column(nullable = false)
  final ToOne<Egg> hatchedFrom = new ToOne<>();
}
