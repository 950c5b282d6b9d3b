package dev.kiln.it.relation;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.OneToMany;
import dev.kiln.annotation.Table;
import dev.kiln.relation.ToMany;

/** A collection that owns its elements: a slot taken off the shelf is deleted. */
@Table
public class Shelf {
  @Column(primaryKey = true)
  Integer id;

  String label;

  @OneToMany(deleteOrphans = true)
  final ToMany<Slot> slots = new ToMany<>();

  public Shelf() {}

  public Shelf(String label) {
    this.label = label;
  }
}
