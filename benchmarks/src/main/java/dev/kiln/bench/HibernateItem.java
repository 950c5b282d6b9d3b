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
 * allocation size ({@code item_hibernate_seq}, which {@link Fixture} creates), so that Hibernate
 * assigns keys on {@code persist} without a round trip per row and can batch the inserts (W5).
 */
@Entity
@Table(name = "item")
public class HibernateItem {
  /** Keys Hibernate takes from its sequence at a time (and inserts it batches, W5). */
  static final int ALLOCATION_SIZE = 100;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "item_seq")
  @SequenceGenerator(
      name = "item_seq",
      sequenceName = "item_hibernate_seq",
      allocationSize = ALLOCATION_SIZE)
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

  /** For Hibernate, which makes the entities it loads. */
  HibernateItem() {}

  /** A new entity with the values, without their key: a row to insert. */
  HibernateItem(Item values) {
    name = values.name;
    category = values.category;
    price = values.price;
    quantity = values.quantity;
    weight = values.weight;
    active = values.active;
    created = values.created;
    code = values.code;
    note = values.note;
  }

  /** The same values as an {@link Item}, for the cross-contender checks. */
  Item toItem() {
    return new Item(id, name, category, price, quantity, weight, active, created, code, note);
  }
}
