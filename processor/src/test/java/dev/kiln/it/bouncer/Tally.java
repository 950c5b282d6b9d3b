package dev.kiln.it.bouncer;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.Table;

/** One amount written by one worker thread in one of its transactions. */
@Table
public record Tally(@Column(primaryKey = true) Long id, int worker, int step, int amount) {}
