package dev.kiln.sample;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.OneToMany;
import dev.kiln.annotation.Table;
import dev.kiln.relation.ToMany;
import java.time.LocalDateTime;

/**
 * The tutorials' {@code User(db.Model)}: a class with private fields and accessors, stored in the
 * default table {@code user} (a reserved word in PostgreSQL, which Kiln quotes).
 */
@Table
public class User {
  @Column(primaryKey = true)
  private Integer id;

  @Column(length = 80, unique = true, nullable = false)
  private String username;

  @Column(length = 120, unique = true, nullable = false)
  private String email;

  @Column(nullable = false)
  private LocalDateTime joinedOn;

  /** The posts whose author is this user ({@code db.relationship("Post", back_populates="author")}). */
  private final ToMany<Post> posts = new ToMany<>();

  /** The computers this user owns, read through {@code computers.owner_id}. */
  @OneToMany(mappedBy = "owner")
  private final ToMany<Computer> computers = new ToMany<>();

  /** For Kiln, which fills the fields from a row. */
  public User() {}

  public User(String username, String email) {
    this.username = username;
    this.email = email;
    this.joinedOn = LocalDateTime.now();
  }

  public ToMany<Post> getPosts() {
    return posts;
  }

  public ToMany<Computer> getComputers() {
    return computers;
  }

  public Integer getId() {
    return id;
  }

  public void setId(Integer id) {
    this.id = id;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public LocalDateTime getJoinedOn() {
    return joinedOn;
  }

  public void setJoinedOn(LocalDateTime joinedOn) {
    this.joinedOn = joinedOn;
  }

  @Override
  public String toString() {
    return "<User " + username + ">";
  }
}
