package dev.kiln.it.relation;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.ManyToMany;
import dev.kiln.annotation.Table;
import dev.kiln.relation.ToMany;

/** Members following members: a many-to-many of a model with itself, both ways. */
@Table
public class Member {
  @Column(primaryKey = true)
  Integer id;

  @Column(length = 40, nullable = false)
  String handle;

  @ManyToMany(table = "follow", column = "follower_id", targetColumn = "followed_id")
  final ToMany<Member> following = new ToMany<>();

  @ManyToMany(mappedBy = "following")
  final ToMany<Member> followers = new ToMany<>();

  public Member() {}

  public Member(String handle) {
    this.handle = handle;
  }
}
