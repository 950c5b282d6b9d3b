package dev.kiln.it.types;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.Table;

/** A record with a char and a Character: CHAR(1) on PostgreSQL, TEXT on SQLite. */
@Table
record Glyph(@Column(primaryKey = true) Integer id, char letter, Character mark) {}
