package dev.kiln.it.relation;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.Table;
import dev.kiln.relation.ToMany;

/** A record keyed by two columns, the target of a composite foreign key. */
@Table
public record Edition(
    @Column(primaryKey = true) long isbn,
    @Column(primaryKey = true) int number,
    @Column(length = 80) String title,
    ToMany<Copy> copies) {

  public static Edition of(long isbn, int number, String title) {
    return new Edition(isbn, number, title, new ToMany<>());
  }
}
