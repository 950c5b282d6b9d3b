package dev.kiln.bench;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.Table;

/** W9's account, as a Kiln model; Hibernate has its own annotated copy, {@link HibernateAccount}. */
@Table(name = "account")
public class Account {
  @Column(primaryKey = true)
  Long id;

  long balance;

  public Account() {}
}
