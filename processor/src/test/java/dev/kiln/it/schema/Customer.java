package dev.kiln.it.schema;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.Table;

/** A JavaBean: private fields behind getters and setters, a boolean read through {@code isActive()}. */
@Table
public class Customer {
  @Column(primaryKey = true)
  private Integer id;

  @Column(length = 60)
  private String name;

  private boolean active;

  public Customer() {}

  public Customer(String name, boolean active) {
    this.name = name;
    this.active = active;
  }

  public Integer getId() {
    return id;
  }

  public void setId(Integer id) {
    this.id = id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }
}
