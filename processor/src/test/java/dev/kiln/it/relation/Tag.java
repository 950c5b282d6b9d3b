package dev.kiln.it.relation;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.ManyToMany;
import dev.kiln.annotation.Table;
import dev.kiln.relation.ToMany;

/** A record tag, reading {@code post_tag} the other way round. */
@Table
public record Tag(
    @Column(primaryKey = true) Long id,
    @Column(length = 40, unique = true, nullable = false) String name,
    @ManyToMany(mappedBy = "tags") ToMany<Post> posts) {

  public static Tag named(String name) {
    return new Tag(null, name, new ToMany<>());
  }
}
