package dev.kiln.bench;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * {@link Item} as a Hibernate entity over the same table. The key comes from a sequence with an
 * allocation size, so that Hibernate can batch inserts (W5, not yet written).
 */
@Entity
@Table(name = "item")
public class HibernateItem {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "item_seq")
  @SequenceGenerator(name = "item_seq", sequenceName = "item_hibernate_seq", allocationSize = 100)
  Long id;

  @Column(length = 80, nullable = false)
  String name;

  @Column(length = 40, nullable = false)
  String category;

  @Column(precision = 10, scale = 2, nullable = false)
  BigDecimal price;

  int quantity;
  double weight;
  boolean active;

  @Column(nullable = false)
  LocalDateTime created;

  @Column(length = 36, nullable = false)
  String code;

  String note;

  /** The same values as an {@link Item}, for the cross-contender checks. */
  Item toItem() {
    return new Item(id, name, category, price, quantity, weight, active, created, code, note);
  }
}
