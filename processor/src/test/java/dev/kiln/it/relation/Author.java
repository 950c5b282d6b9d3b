package dev.kiln.it.relation;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.OneToMany;
import dev.kiln.annotation.Table;
import dev.kiln.relation.ToMany;

/** A JavaBean with a final collection: the holder is the model's own, changed in place by Kiln. */
@Table
public class Author {
  @Column(primaryKey = true)
  private Long id;

  @Column(length = 80, nullable = false)
  private String name;

  @OneToMany(deleteOrphans = false)
  private final ToMany<Book> books = new ToMany<>();

  public Author() {}

  public Author(String name) {
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public ToMany<Book> getBooks() {
    return books;
  }

  @Override
  public String toString() {
    return "Author[" + id + ", " + name + "]";
  }
}
