package dev.kiln.sample;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.ManyToMany;
import dev.kiln.annotation.ManyToOne;
import dev.kiln.annotation.OnDelete;
import dev.kiln.annotation.Table;
import dev.kiln.relation.ToMany;
import dev.kiln.relation.ToOne;

/**
 * A user's post, with tags: the first tutorial's missing chapter, "How to add One-Many and
 * Many-Many relationship". {@code author} is the foreign key {@code author_id} (SQLAlchemy's {@code
 * user_id = db.Column(db.ForeignKey("user.id"))} with its {@code relationship}); {@code tags} is the
 * {@code secondary} table {@code post_tag}, which Kiln creates.
 */
@Table
public class Post {
  @Column(primaryKey = true)
  Integer id;

  @Column(length = 120, nullable = false)
  String title;

  @ManyToOne(onDelete = OnDelete.CASCADE)
  final ToOne<User> author = new ToOne<>();

  @ManyToMany
  final ToMany<Tag> tags = new ToMany<>();

  public Post() {}

  public Post(String title) {
    this.title = title;
  }

  @Override
  public String toString() {
    return "<Post " + title + ">";
  }
}
