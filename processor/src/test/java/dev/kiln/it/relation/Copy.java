package dev.kiln.it.relation;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.ManyToOne;
import dev.kiln.annotation.OnDelete;
import dev.kiln.annotation.Table;
import dev.kiln.relation.ToOne;

/** A library copy of an edition: a reference to a composite key, stored in two columns. */
@Table
public class Copy {
  @Column(primaryKey = true)
  Integer id;

  @Column(length = 20)
  String shelf;

  @ManyToOne(onDelete = OnDelete.CASCADE)
  final ToOne<Edition> edition = new ToOne<>();

  public Copy() {}

  public Copy(String shelf) {
    this.shelf = shelf;
  }
}
