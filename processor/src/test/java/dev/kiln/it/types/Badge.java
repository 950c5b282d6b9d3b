package dev.kiln.it.types;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.Table;

/** A table whose key the application chooses: the database never generates it. */
@Table
record Badge(@Column(primaryKey = true, length = 20) String code, String title) {}
