package dev.kiln.it.schema;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.Table;

/**
 * Immutable without being a record: private final fields, getters, and a constructor taking every
 * column in an order of its own, which Kiln matches by name.
 */
@Table
class Ticket {
  @Column(primaryKey = true)
  private final Long id;

  @Column(length = 40)
  private final String holder;

  private final int seat;

  Ticket(int seat, String holder, Long id) {
    this.id = id;
    this.holder = holder;
    this.seat = seat;
  }

  Long getId() {
    return id;
  }

  String getHolder() {
    return holder;
  }

  int getSeat() {
    return seat;
  }

  Ticket withSeat(int newSeat) {
    return new Ticket(newSeat, holder, id);
  }
}
