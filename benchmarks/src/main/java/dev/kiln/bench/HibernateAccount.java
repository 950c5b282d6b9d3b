package dev.kiln.bench;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** {@link Account} as a Hibernate entity over the same table. */
@Entity
@Table(name = "account")
public class HibernateAccount {
  @Id
  Long id;

  long balance;

  /** For Hibernate, which makes the entities it loads. */
  HibernateAccount() {}
}
