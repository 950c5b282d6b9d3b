package dev.kiln.it.relation;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.ManyToOne;
import dev.kiln.annotation.OnDelete;
import dev.kiln.annotation.Table;
import dev.kiln.relation.ToOne;

/** A class with package-private fields and a required reference. */
@Table
public class Chapter {
  @Column(primaryKey = true)
  Integer id;

  int number;

  @Column(nullable = false)
  @ManyToOne(onDelete = OnDelete.CASCADE)
  ToOne<Book> book = new ToOne<>();

  public Chapter() {}

  public Chapter(int number) {
    this.number = number;
  }
}
