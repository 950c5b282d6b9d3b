package dev.kiln.sample;

import dev.kiln.Database;
import dev.kiln.session.Session;
import java.util.List;

/**
 * The tour's chapter on relationships: a user has many posts (one-to-many), a post has many tags
 * (many-to-many), saved in one go and read back a level per statement.
 */
final class RelationshipsChapter {
  private final Tour tour;

  RelationshipsChapter(Tour tour) {
    this.tour = tour;
  }

  void run(Database db, int adminId) {
    try (Session session = db.openSession()) {
      tour.step("post = Post(title='Hello', tags=[python, kiln]); admin.posts.append(post); db.session.commit()",
          "post.tags.addAll(List.of(python, kiln)); admin.getPosts().add(post); session.commit()");
      User admin = new UserDao(session).get(adminId).orElseThrow();
      Tag python = Tag.named("python");
      Tag kiln = Tag.named("kiln");
      Post hello = new Post("Hello");
      hello.tags.addAll(List.of(python, kiln));
      Post again = new Post("Hello again");
      again.tags.add(python);
      admin.getPosts().addAll(List.of(hello, again));
      session.commit();
      tour.show("post.author (set by appending to admin.posts)", hello.author.get().getEmail());
      Tour.check(hello.id != null && hello.author.get() == admin, "the posts were saved with their author's key");
    }
    try (Session session = db.openSession()) {
      tour.step("for user in User.query.options(selectinload(User.posts).selectinload(Post.tags)): ...",
          "for (User user : users.all()) for (Post post : user.getPosts()) post.tags ...  // one statement per level, always");
      StringBuilder seen = new StringBuilder();
      for (User user : new UserDao(session).query().orderBy(UserTable.ID.asc()).all()) {
        for (Post post : user.getPosts()) {
          seen.append(user.getId() == adminId ? "admin" : user.getUsername()).append(": ").append(post.title).append(' ')
              .append(post.tags.stream().map(Tag::name).toList()).append("; ");
        }
      }
      tour.show("posts and tags", seen);
      Tour.check(seen.toString().equals("admin: Hello [python, kiln]; admin: Hello again [python]; "),
          "each user's posts with their tags");
    }
    try (Session session = db.openSession()) {
      tour.step("python = Tag.query.filter_by(name='python').first(); python.posts",
          "tags.query().filterByName(\"python\").one().posts()  // the same table, the other way round");
      Tag python = new TagDao(session).query().filterByName("python").one();
      List<String> titles = python.posts().stream().map(post -> post.title).toList();
      tour.show("python.posts", titles);
      Tour.check(titles.equals(List.of("Hello", "Hello again")), "the tag leads back to both posts");

      tour.step("User.query.filter(User.posts.any(Post.tags.any(Tag.name == 'kiln'))).all()",
          "users.query().where(UserTable.POSTS.any(PostTable.TAGS.any(TagTable.NAME.eq(\"kiln\")))).all()");
      List<User> kilnWriters =
          new UserDao(session).query().where(UserTable.POSTS.any(PostTable.TAGS.any(TagTable.NAME.eq("kiln")))).all();
      tour.show("users with a post tagged kiln", kilnWriters.size());
      Tour.check(kilnWriters.size() == 1 && kilnWriters.get(0).getId() == adminId, "the admin, once");

      tour.step("db.session.query(Post.title, Tag.name).join(Post.tags).order_by(Tag.name).all()",
          "posts.query().join(PostTable.TAGS).orderBy(TagTable.NAME.asc()).select(PostTable.TITLE, TagTable.NAME).all()");
      var pairs = new PostDao(session).query().join(PostTable.TAGS)
          .orderBy(TagTable.NAME.asc(), PostTable.TITLE.asc())
          .select(PostTable.TITLE, TagTable.NAME)
          .all();
      tour.show("(post, tag)", pairs);
      Tour.check(pairs.size() == 3 && pairs.get(0).second().equals("kiln"), "one row per link");

      tour.step("post.tags.remove(python); db.session.commit()", "post.tags.remove(python); session.commit()");
      Post hello = python.posts().get(0);
      hello.tags.remove(python);
      session.commit();
      tour.show("python.posts", python.posts());
      Tour.check(python.posts().size() == 1, "the link is gone, the tag and the post stay");
    }
  }
}
