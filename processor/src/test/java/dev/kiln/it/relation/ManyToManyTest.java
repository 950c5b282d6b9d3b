package dev.kiln.it.relation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.Database;
import dev.kiln.session.Session;
import dev.kiln.testing.SqlLog;
import dev.kiln.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Many-to-many collections through association tables Kiln creates, a many-to-many of a model with
 * itself, and one through a model of the user's with a column of its own.
 */
class ManyToManyTest {
  private static Database create(TestDatabase db) {
    return TestDatabase.createTables(db.freshUrl(), WriterTable.TABLE, PostTable.TABLE, TagTable.TABLE);
  }

  /** 100 writers with 3 posts each; post j of writer i has tags "t(i+j)%7" and "t(i+j+1)%7". */
  private static void saveBlog(Database database, int writers) {
    try (Session session = database.openSession()) {
      List<Tag> tags = new ArrayList<>();
      for (int t = 0; t < 7; t++) {
        tags.add(Tag.named("t" + t));
      }
      for (int i = 0; i < writers; i++) {
        Writer writer = new Writer("w" + i);
        for (int j = 0; j < 3; j++) {
          Post post = new Post("w" + i + " p" + j);
          post.tags.add(tags.get((i + j) % 7));
          post.tags.add(tags.get((i + j + 1) % 7));
          writer.posts.add(post);
        }
        session.add(writer);
      }
      session.commit();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void newLinksAndTheirNewTargetsAreSavedAndReadBothWays(TestDatabase db) {
    try (Database database = create(db)) {
      saveBlog(database, 7);

      try (Session session = database.openSession()) {
        Post post = new PostDao(session).query().filterByTitle("w2 p1").one();
        assertThat(post.tags).extracting(Tag::name).containsExactly("t3", "t4");
        Tag t3 = post.tags.get(0);
        assertThat(t3.posts()).extracting(each -> each.title)
            .containsExactlyInAnyOrder("w0 p2", "w1 p1", "w1 p2", "w2 p0", "w2 p1", "w3 p0");
        assertThat(t3.posts()).contains(post);
        assertThat(new TagDao(session).query().count()).isEqualTo(7);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void walkingThreeLevelsAcrossAManyToManyCostsThreeStatementsEagerOrWalked(TestDatabase db) {
    try (Database database = create(db)) {
      saveBlog(database, 100);

      for (boolean eager : new boolean[] {false, true}) {
        try (SqlLog log = SqlLog.start();
            Session session = database.openSession()) {
          WriterDao writers = new WriterDao(session);
          List<Writer> all = eager ? writers.query().load(WriterTable.POSTS, PostTable.TAGS).all() : writers.all();
          int links = 0;
          TreeSet<String> names = new TreeSet<>();
          for (Writer writer : all) {
            for (Post post : writer.posts) {
              for (Tag tag : post.tags) {
                links++;
                names.add(tag.name());
              }
            }
          }
          assertThat(links).isEqualTo(100 * 3 * 2);
          assertThat(names).containsExactly("t0", "t1", "t2", "t3", "t4", "t5", "t6");
          assertThat(log.statementsStartingWith("SELECT")).hasSize(3);
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void removingALinkDeletesItsRowNotTheTargetAndAddingAHeldTargetAddsOnlyTheLink(TestDatabase db) {
    try (Database database = create(db)) {
      saveBlog(database, 2);

      try (Session session = database.openSession()) {
        Post post = new PostDao(session).query().filterByTitle("w0 p0").one();
        Tag t4 = new TagDao(session).query().filterByName("t4").one();
        Tag t0 = post.tags.get(0);
        assertThat(t4.posts()).extracting(each -> each.title).containsExactly("w1 p2");
        post.tags.remove(t0);
        post.tags.add(t4);
        assertThat(t4.posts()).contains(post);
        assertThat(t0.posts()).doesNotContain(post);
        session.commit();
      }
      try (Session session = database.openSession()) {
        assertThat(new PostDao(session).query().filterByTitle("w0 p0").one().tags)
            .extracting(Tag::name)
            .containsExactly("t1", "t4");
        assertThat(new TagDao(session).query().count()).isEqualTo(5);
        assertThat(new TagDao(session).query().filterByName("t0").one().posts()).isEmpty();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aLinkAddedOnOneSideAndRemovedOnTheOtherIsNeverWritten(TestDatabase db) {
    try (Database database = create(db)) {
      saveBlog(database, 2);

      try (Session session = database.openSession()) {
        Post post = new PostDao(session).query().filterByTitle("w0 p0").one();
        Tag t4 = new TagDao(session).query().filterByName("t4").one();
        Tag t0 = post.tags.get(0);
        assertThat(t4.posts()).isNotEmpty();
        assertThat(t0.posts()).contains(post);
        post.tags.add(t4);
        t4.posts().remove(post);
        t0.posts().remove(post);
        t0.posts().add(post);
        session.commit();
        assertThat(post.tags).extracting(Tag::name).containsExactlyInAnyOrder("t0", "t1");
      }
      try (Session session = database.openSession()) {
        assertThat(new PostDao(session).query().filterByTitle("w0 p0").one().tags)
            .extracting(Tag::name)
            .containsExactlyInAnyOrder("t0", "t1");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void deletingARowDeletesItsLinksAndDropAllDropsTheAssociationTableFirst(TestDatabase db) {
    try (Database database = create(db)) {
      saveBlog(database, 2);
      try (Session session = database.openSession()) {
        session.delete(new TagDao(session).query().filterByName("t1").one());
        session.commit();
      }
      try (Session session = database.openSession()) {
        assertThat(new PostDao(session).query().filterByTitle("w0 p0").one().tags).extracting(Tag::name).containsExactly("t0");
      }
      database.dropAll();
      database.createAll();
      try (Session session = database.openSession()) {
        assertThat(new PostDao(session).all()).isEmpty();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void membersFollowMembersBothWays(TestDatabase db) {
    try (Database database = TestDatabase.createTables(db.freshUrl(), MemberTable.TABLE)) {
      try (Session session = database.openSession()) {
        Member ann = new Member("ann");
        Member bob = new Member("bob");
        Member cat = new Member("cat");
        ann.following.addAll(List.of(bob, cat));
        bob.following.add(cat);
        session.addAll(List.of(ann, bob, cat));
        session.commit();
      }
      try (Session session = database.openSession()) {
        MemberDao members = new MemberDao(session);
        Member cat = members.query().filterByHandle("cat").one();
        assertThat(cat.followers).extracting(member -> member.handle).containsExactlyInAnyOrder("ann", "bob");
        assertThat(cat.following).isEmpty();
        Member bob = members.query().filterByHandle("bob").one();
        bob.following.clear();
        session.commit();
        assertThat(cat.followers).extracting(member -> member.handle).containsExactly("ann");
      }
      try (Session session = database.openSession()) {
        assertThat(new MemberDao(session).query().filterByHandle("cat").one().followers)
            .extracting(member -> member.handle)
            .containsExactly("ann");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aLinkModelWithAGradeIsKeyedByItsTwoReferences(TestDatabase db) {
    try (Database database =
        TestDatabase.createTables(db.freshUrl(), StudentTable.TABLE, CourseTable.TABLE, RegistrationTable.TABLE)) {
      try (Session session = database.openSession()) {
        Student ada = new Student("ada");
        Course math = Course.of("MATH");
        Course art = Course.of("ART");
        ada.registrations.add(Registration.of(ada, math, 90));
        ada.registrations.add(Registration.of(ada, art, null));
        session.add(ada);
        session.commit();
      }
      try (Session session = database.openSession()) {
        Student ada = new StudentDao(session).query().one();
        Registration math = new RegistrationDao(session).get(RegistrationTable.key(ada.id, "MATH")).orElseThrow();
        assertThat(math.grade()).isEqualTo(90);
        assertThat(math.student().get()).isSameAs(ada);
        assertThat(ada.registrations).extracting(registration -> registration.course().get().code())
            .containsExactly("ART", "MATH");
        Course art = new CourseDao(session).get("ART").orElseThrow();
        assertThat(art.registrations()).singleElement().satisfies(r -> assertThat(r.grade()).isNull());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void fourThreadsLinkingSharedTagsWriteEveryLinkOnce(TestDatabase db) throws Exception {
    try (Database database = create(db)) {
      saveBlog(database, 0);
      try (Session session = database.openSession()) {
        for (int t = 0; t < 7; t++) {
          session.add(Tag.named("t" + t));
        }
        session.commit();
      }
      int threads = 4;
      int postsPerThread = 20;
      Concurrently.run(threads, thread -> {
        for (int i = 0; i < postsPerThread; i++) {
          int n = i;
          database.transaction(session -> {
            Post post = new Post("t" + thread + " p" + n);
            post.tags.addAll(new TagDao(session).query().where(TagTable.NAME.in("t" + n % 7, "t" + (n + 3) % 7)).all());
            Writer writer = new Writer("w" + thread + "." + n);
            writer.posts.add(post);
            session.add(writer);
          });
        }
      });
      try (Session session = database.openSession()) {
        int links = 0;
        for (Tag tag : new TagDao(session).all()) {
          links += tag.posts().size();
        }
        assertThat(links).isEqualTo(threads * postsPerThread * 2);
        assertThat(new PostDao(session).query().count()).isEqualTo(threads * postsPerThread);
      }
    }
  }
}
