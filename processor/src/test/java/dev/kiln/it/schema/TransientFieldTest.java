package dev.kiln.it.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.Database;
import dev.kiln.session.Session;
import dev.kiln.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code @Transient} and {@code transient} fields live only in memory. */
class TransientFieldTest {

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void transientFieldsAreNotColumns(TestDatabase db) {
    String url = db.freshUrl();
    try (Database ignored = Setup.create(url, SketchTable.TABLE)) {
      assertThat(Catalog.columns(url, "sketch")).containsExactly("id", "title");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void addedObjectKeepsItsTransientValuesAndALoadedOneHasTheInitialOnes(TestDatabase db) {
    try (Database database = Setup.create(db.freshUrl(), SketchTable.TABLE)) {
      Sketch sketch = new Sketch("cat");
      sketch.preview = "a cat, rendered";
      sketch.views = 7;
      Setup.commit(database, sketch);

      assertThat(sketch.id).isNotNull();
      assertThat(sketch.preview).isEqualTo("a cat, rendered");
      assertThat(sketch.views).isEqualTo(7);
      try (Session session = database.openSession()) {
        Sketch loaded = new SketchDao(session).get(sketch.id).orElseThrow();
        assertThat(loaded.title).isEqualTo("cat");
        assertThat(loaded.preview).isEqualTo("none");
        assertThat(loaded.views).isZero();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void changingOnlyATransientFieldWritesNothing(TestDatabase db) {
    String url = db.freshUrl();
    try (Database database = Setup.create(url, SketchTable.TABLE)) {
      Sketch sketch = new Sketch("cat");
      Setup.commit(database, sketch);
      // Rename the row behind Kiln's back: an UPDATE of the loaded object would write the old title.
      try (Session session = database.openSession()) {
        Sketch loaded = new SketchDao(session).get(sketch.id).orElseThrow();
        session.commit();
        Catalog.execute(url, "UPDATE \"sketch\" SET \"title\" = 'dog'");
        loaded.preview = "changed";
        loaded.views = 3;
        session.commit();
      }
      try (Session session = database.openSession()) {
        assertThat(new SketchDao(session).get(sketch.id).orElseThrow().title).isEqualTo("dog");
      }
    }
  }
}
