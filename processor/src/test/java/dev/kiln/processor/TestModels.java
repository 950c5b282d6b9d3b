package dev.kiln.processor;

import static dev.kiln.processor.Compilations.source;

import javax.tools.JavaFileObject;

/** Valid models that several tests compile. */
final class TestModels {
  private TestModels() {}

  /** The tutorials' {@code User}: private fields with accessors, in the default table {@code user}. */
  static JavaFileObject user() {
    return source(
        "test.User",
        "package test;",
        "",
        "import dev.kiln.annotation.Column;",
        "import dev.kiln.annotation.Table;",
        "import java.time.LocalDateTime;",
        "",
        "@Table",
        "public class User {",
        "  @Column(primaryKey = true)",
        "  private Integer id;",
        "",
        "  @Column(length = 80, unique = true, nullable = false)",
        "  private String username;",
        "",
        "  @Column(nullable = false)",
        "  private LocalDateTime joinedOn;",
        "",
        "  public Integer getId() { return id; }",
        "  public void setId(Integer id) { this.id = id; }",
        "  public String getUsername() { return username; }",
        "  public void setUsername(String username) { this.username = username; }",
        "  public LocalDateTime getJoinedOn() { return joinedOn; }",
        "  public void setJoinedOn(LocalDateTime joinedOn) { this.joinedOn = joinedOn; }",
        "}");
  }

  /** A record model with a primitive key, in the default table {@code note}. */
  static JavaFileObject note() {
    return source(
        "test.Note",
        "package test;",
        "",
        "import dev.kiln.annotation.Column;",
        "import dev.kiln.annotation.Table;",
        "",
        "@Table",
        "public record Note(@Column(primaryKey = true) int id, String text) {}");
  }
}
