package dev.kiln.it.query;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.Table;

/** A narrow row for streaming a million of them: no index but the key. */
@Table
public class Reading {
  @Column(primaryKey = true)
  Long id;

  int sensor;

  long value;
}
