package dev.kiln.it.relation;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.Table;
import dev.kiln.relation.ToOne;

/** Laid by a hen it must name. */
@Table
public class Egg {
  @Column(primaryKey = true)
  Integer id;

  @Column(nullable = false)
  final ToOne<Hen> layer = new ToOne<>();
}
