package dev.kiln.it.query;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.Table;

/** An immutable model: a bulk update must replace the session's copy, since it cannot change it. */
@Table
public record Trophy(@Column(primaryKey = true) Long id, String title, int points) {}
