package dev.kiln.sample;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.ManyToMany;
import dev.kiln.annotation.Table;
import dev.kiln.relation.ToMany;

/** A tag, a record, reading the posts' {@code post_tag} table the other way round ({@code backref="posts"}). */
@Table
public record Tag(
    @Column(primaryKey = true) Integer id,
    @Column(length = 40, unique = true, nullable = false) String name,
    @ManyToMany(mappedBy = "tags") ToMany<Post> posts) {

  public static Tag named(String name) {
    return new Tag(null, name, new ToMany<>());
  }
}
