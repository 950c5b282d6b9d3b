package dev.kiln.it.session;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.Table;

/**
 * A model built through its constructor (it has no empty one) whose fields can still be changed
 * in place, through a setter.
 */
@Table
public class Shelf {
  @Column(primaryKey = true)
  private Long id;

  private String room;
  private int capacity;

  public Shelf(Long id, String room, int capacity) {
    this.id = id;
    this.room = room;
    this.capacity = capacity;
  }

  public Long getId() {
    return id;
  }

  public String getRoom() {
    return room;
  }

  public int getCapacity() {
    return capacity;
  }

  public void setCapacity(int capacity) {
    this.capacity = capacity;
  }
}
