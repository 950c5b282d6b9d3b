package dev.kiln.it.relation;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.Table;
import dev.kiln.relation.ToOne;

/** A shelf's slot, which cannot exist without its shelf. */
@Table
public class Slot {
  @Column(primaryKey = true)
  Integer id;

  int position;

  @Column(nullable = false)
  final ToOne<Shelf> shelf = new ToOne<>();

  public Slot() {}

  public Slot(int position) {
    this.position = position;
  }
}
