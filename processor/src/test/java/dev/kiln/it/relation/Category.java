package dev.kiln.it.relation;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.ManyToOne;
import dev.kiln.annotation.OnDelete;
import dev.kiln.annotation.OneToMany;
import dev.kiln.annotation.Table;
import dev.kiln.relation.ToMany;
import dev.kiln.relation.ToOne;

/** A tree: each category refers to its parent, and holds its children. */
@Table
public class Category {
  @Column(primaryKey = true)
  Long id;

  @Column(length = 40, nullable = false, unique = true)
  String name;

  @ManyToOne(onDelete = OnDelete.SET_NULL)
  ToOne<Category> parent = new ToOne<>();

  @OneToMany(mappedBy = "parent")
  ToMany<Category> children = new ToMany<>();

  public Category() {}

  public Category(String name) {
    this.name = name;
  }

  @Override
  public String toString() {
    return "Category[" + name + "]";
  }
}
