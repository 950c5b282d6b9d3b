package dev.kiln.bench;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.Index;
import dev.kiln.annotation.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The benchmarks' 10-column entity, as a Kiln model. Hand-written JDBC and jOOQ map rows into this
 * same class; Hibernate has its own annotated copy, {@link HibernateItem}.
 */
@Table(name = "item")
@Index(columns = {"category", "quantity"})
public class Item {
  @Column(primaryKey = true)
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

  public Item() {}

  Item(
      Long id,
      String name,
      String category,
      BigDecimal price,
      int quantity,
      double weight,
      boolean active,
      LocalDateTime created,
      String code,
      String note) {
    this.id = id;
    this.name = name;
    this.category = category;
    this.price = price;
    this.quantity = quantity;
    this.weight = weight;
    this.active = active;
    this.created = created;
    this.code = code;
    this.note = note;
  }

  /** A new object with these values and no key: a row to insert. */
  Item withoutKey() {
    return new Item(null, name, category, price, quantity, weight, active, created, code, note);
  }

  public Long getId() {
    return id;
  }

  /** The same values, for checks that every contender read the same row. */
  String describe() {
    return id + "|" + name + "|" + category + "|" + price + "|" + quantity + "|" + weight + "|"
        + active + "|" + created + "|" + code + "|" + note;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Item other && describe().equals(other.describe());
  }

  @Override
  public int hashCode() {
    return Objects.hash(id);
  }

  @Override
  public String toString() {
    return "Item[" + describe() + "]";
  }
}
