package dev.kiln.it.types;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.Table;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/** A record with the time types {@link Gadget} lacks: a time of day, an offset date-time, a duration. */
@Table
record Shift(
    @Column(primaryKey = true) Integer id, LocalTime starts, OffsetDateTime scheduled, Duration length) {}
