package dev.kiln.it.relation;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.Table;
import dev.kiln.relation.ToMany;

/** The first tutorial's user, who has many posts. */
@Table
public class Writer {
  @Column(primaryKey = true)
  Long id;

  @Column(length = 80, unique = true, nullable = false)
  String username;

  final ToMany<Post> posts = new ToMany<>();

  public Writer() {}

  public Writer(String username) {
    this.username = username;
  }
}
