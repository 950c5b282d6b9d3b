package dev.kiln.it.session;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.Table;
import java.time.LocalDateTime;

/** A mutable model whose key, level and time the database fills in when they are left unset. */
@Table
public class Reading {
  @Column(primaryKey = true)
  Long id;

  @Column(length = 20, nullable = false)
  String sensor;

  @Column(defaultSql = "42")
  Integer level;

  @Column(defaultSql = Column.NOW)
  LocalDateTime takenAt;

  public Reading() {}

  Reading(Long id, String sensor, Integer level) {
    this.id = id;
    this.sensor = sensor;
    this.level = level;
  }
}
