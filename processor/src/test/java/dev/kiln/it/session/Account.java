package dev.kiln.it.session;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.Table;

/** A mutable model with private fields and accessors. */
@Table
public class Account {
  @Column(primaryKey = true)
  private Integer id;

  @Column(length = 40, unique = true, nullable = false)
  private String owner;

  private long balance;

  private String note;

  public Account() {}

  public Account(String owner, long balance) {
    this.owner = owner;
    this.balance = balance;
  }

  public Integer getId() {
    return id;
  }

  public void setId(Integer id) {
    this.id = id;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }

  public long getBalance() {
    return balance;
  }

  public void setBalance(long balance) {
    this.balance = balance;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  @Override
  public String toString() {
    return "<Account " + owner + ">";
  }
}
