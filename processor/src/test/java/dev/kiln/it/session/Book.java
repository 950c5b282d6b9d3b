package dev.kiln.it.session;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.Table;

/** An immutable model with a generated long key. */
@Table
public record Book(@Column(primaryKey = true) Long id, String title, int pages) {
  public Book withPages(int newPages) {
    return new Book(id, title, newPages);
  }
}
