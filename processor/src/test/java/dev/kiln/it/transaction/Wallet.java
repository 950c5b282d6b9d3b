package dev.kiln.it.transaction;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.Table;

/** An account whose balance transfers move: the sum over all wallets must never change. */
@Table
public class Wallet {
  @Column(primaryKey = true)
  Integer id;

  @Column(length = 40, nullable = false)
  String owner;

  long balance;

  public Wallet() {}

  public Wallet(String owner, long balance) {
    this.owner = owner;
    this.balance = balance;
  }

  @Override
  public String toString() {
    return "Wallet[" + id + ", " + owner + ", " + balance + "]";
  }
}
