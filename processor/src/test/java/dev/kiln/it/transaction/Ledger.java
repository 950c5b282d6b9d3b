package dev.kiln.it.transaction;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.Table;
import dev.kiln.annotation.Version;

/** A wallet guarded by optimistic locking: every update checks and bumps {@link #version}. */
@Table
public class Ledger {
  @Column(primaryKey = true)
  Integer id;

  @Column(length = 40, nullable = false)
  String owner;

  long balance;

  @Version
  long version;

  public Ledger() {}

  public Ledger(String owner, long balance) {
    this.owner = owner;
    this.balance = balance;
  }
}
