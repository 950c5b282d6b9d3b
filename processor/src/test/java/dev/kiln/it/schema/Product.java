package dev.kiln.it.schema;

import dev.kiln.annotation.Check;
import dev.kiln.annotation.Column;
import dev.kiln.annotation.Table;

/** Named check constraints: one comparing two columns, one whose quoted name has spaces. */
@Table
@Check(name = "product_price_not_negative", value = "price >= 0")
@Check(name = "product_discount_within_price", value = "discount <= price")
@Check(name = "name (when given) is not empty", value = "length(name) > 0")
class Product {
  @Column(primaryKey = true)
  Integer id;

  String name;

  int price;

  int discount;

  Product() {}

  Product(String name, int price, int discount) {
    this.name = name;
    this.price = price;
    this.discount = discount;
  }
}
