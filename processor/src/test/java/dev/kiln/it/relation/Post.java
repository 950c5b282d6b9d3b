package dev.kiln.it.relation;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.ManyToMany;
import dev.kiln.annotation.ManyToOne;
import dev.kiln.annotation.OnDelete;
import dev.kiln.annotation.Table;
import dev.kiln.relation.ToMany;
import dev.kiln.relation.ToOne;

/** A post of one writer, with many tags: the owning side of {@code post_tag}. */
@Table
public class Post {
  @Column(primaryKey = true)
  Long id;

  @Column(length = 120, nullable = false)
  String title;

  @ManyToOne(onDelete = OnDelete.CASCADE)
  final ToOne<Writer> writer = new ToOne<>();

  @ManyToMany
  final ToMany<Tag> tags = new ToMany<>();

  public Post() {}

  public Post(String title) {
    this.title = title;
  }

  @Override
  public String toString() {
    return "Post[" + title + "]";
  }
}
