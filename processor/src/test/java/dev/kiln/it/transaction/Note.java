package dev.kiln.it.transaction;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.Table;
import dev.kiln.annotation.Version;

/** An immutable versioned model: a changed copy is saved with add(), and gets the next version. */
@Table
public record Note(@Column(primaryKey = true) Integer id, String text, @Version Integer version) {
  Note withText(String newText) {
    return new Note(id, newText, version);
  }
}
