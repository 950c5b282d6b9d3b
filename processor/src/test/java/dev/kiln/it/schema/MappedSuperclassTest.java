package dev.kiln.it.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.kiln.Database;
import dev.kiln.session.Session;
import dev.kiln.testing.TestDatabase;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Columns inherited from a {@code @MappedSuperclass}, in the model's package ({@link Stamped}) and
 * in another ({@link dev.kiln.it.schema.base.Audited}): each model's table has them, first, and
 * they behave like the model's own.
 */
class MappedSuperclassTest {
  private static final Instant EDITED = Instant.parse("2024-05-06T07:08:09.123456Z");

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void everyTableStartsWithTheInheritedColumns(TestDatabase db) {
    String url = db.freshUrl();
    try (Database ignored =
        Setup.create(url, PostTable.TABLE, CommentTable.TABLE, InvoiceTable.TABLE, ShipmentTable.TABLE)) {
      assertThat(Catalog.columns(url, "post")).containsExactly("id", "created_at", "updated_at", "title");
      assertThat(Catalog.columns(url, "comment")).containsExactly("id", "created_at", "updated_at", "body");
      assertThat(Catalog.columns(url, "invoice")).containsExactly("id", "created_at", "updated_at", "amount");
      assertThat(Catalog.columns(url, "shipment")).containsExactly("id", "created_at", "updated_at", "carrier");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void superclassInTheSamePackageGivesEachModelGeneratedKeysAndTimestamps(TestDatabase db) {
    try (Database database = Setup.create(db.freshUrl(), PostTable.TABLE, CommentTable.TABLE)) {
      Post first = new Post("first");
      Post second = new Post("second");
      Comment comment = new Comment("nice");
      Setup.commit(database, first, second, comment);

      assertThat(first.id).isNotNull();
      assertThat(second.id).isNotNull().isNotEqualTo(first.id);
      assertThat(comment.id).isNotNull();
      assertThat(first.createdAt).isCloseTo(Instant.now(), within(5, ChronoUnit.SECONDS));
      assertThat(comment.createdAt).isCloseTo(Instant.now(), within(5, ChronoUnit.SECONDS));
      assertThat(first.updatedAt).isNull();

      try (Session session = database.openSession()) {
        Post loaded = new PostDao(session).get(first.id).orElseThrow();
        assertThat(loaded.title).isEqualTo("first");
        assertThat(loaded.createdAt).isEqualTo(first.createdAt);
        loaded.updatedAt = EDITED;
        session.commit();
      }
      try (Session session = database.openSession()) {
        assertThat(new PostDao(session).get(first.id).orElseThrow().updatedAt).isEqualTo(EDITED);
        assertThat(new CommentDao(session).get(comment.id).orElseThrow().body).isEqualTo("nice");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void superclassInAnotherPackageGivesEachModelGeneratedKeysAndTimestamps(TestDatabase db) {
    try (Database database = Setup.create(db.freshUrl(), InvoiceTable.TABLE, ShipmentTable.TABLE)) {
      Invoice invoice = new Invoice(1200);
      Shipment shipment = new Shipment("post");
      Setup.commit(database, invoice, shipment);

      assertThat(invoice.getId()).isNotNull();
      assertThat(shipment.getId()).isNotNull();
      assertThat(invoice.getCreatedAt()).isCloseTo(Instant.now(), within(5, ChronoUnit.SECONDS));
      assertThat(shipment.getCreatedAt()).isCloseTo(Instant.now(), within(5, ChronoUnit.SECONDS));

      try (Session session = database.openSession()) {
        Invoice loaded = new InvoiceDao(session).get(invoice.getId()).orElseThrow();
        assertThat(loaded.amount).isEqualTo(1200);
        assertThat(loaded.getCreatedAt()).isEqualTo(invoice.getCreatedAt());
        loaded.updatedAt = EDITED;
        session.commit();
      }
      try (Session session = database.openSession()) {
        assertThat(new InvoiceDao(session).get(invoice.getId()).orElseThrow().updatedAt).isEqualTo(EDITED);
        assertThat(new ShipmentDao(session).get(shipment.getId()).orElseThrow().carrier).isEqualTo("post");
      }
    }
  }
}
