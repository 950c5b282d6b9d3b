package dev.kiln.it.relation;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.ManyToOne;
import dev.kiln.annotation.OnDelete;
import dev.kiln.annotation.Table;
import dev.kiln.relation.ToMany;
import dev.kiln.relation.ToOne;

/** A record referring to its author, with chapters of its own: the middle level of a three-level walk. */
@Table
public record Book(
    @Column(primaryKey = true) Long id,
    @Column(length = 120, nullable = false) String title,
    @ManyToOne(onDelete = OnDelete.CASCADE) ToOne<Author> author,
    ToMany<Chapter> chapters) {

  public static Book of(String title, Author author) {
    return new Book(null, title, ToOne.of(author), new ToMany<>());
  }
}
