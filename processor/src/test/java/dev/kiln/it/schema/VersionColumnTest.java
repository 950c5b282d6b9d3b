package dev.kiln.it.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiln.Database;
import dev.kiln.it.schema.Catalog.ColumnShape;
import dev.kiln.session.Ref;
import dev.kiln.session.Session;
import dev.kiln.testing.TestDatabase;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the generated code provides for {@code @Version}, the compile-time half of optimistic
 * locking: the column is NOT NULL; a boxed one defaults to 0 in the DDL, so that a new object
 * leaving it null gets 0 back; a primitive one is stored as it is; and the generated table names
 * the column and sets a version on an object, or on a copy of an immutable one.
 */
class VersionColumnTest {
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void versionColumnsAreNotNullAndBoxedOnesDefaultToZero(TestDatabase db) {
    String url = db.freshUrl();
    try (Database ignored = Setup.create(url, WikiTable.TABLE, CouponTable.TABLE, PermitTable.TABLE)) {
      Map<String, ColumnShape> wiki = Catalog.columnShapes(url, "wiki");
      Map<String, ColumnShape> coupon = Catalog.columnShapes(url, "coupon");
      Map<String, ColumnShape> permit = Catalog.columnShapes(url, "permit");

      assertThat(wiki).containsEntry("row_version", new ColumnShape(true, "0"));
      assertThat(wiki).containsEntry("title", new ColumnShape(false, null));
      assertThat(coupon).containsEntry("version", new ColumnShape(true, "0"));
      assertThat(permit).containsEntry("revision", new ColumnShape(true, null));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void databaseRefusesANullVersionAndFillsInAnOmittedBoxedOne(TestDatabase db) {
    String url = db.freshUrl();
    try (Database database = Setup.create(url, WikiTable.TABLE)) {
      Catalog.execute(url, "INSERT INTO \"wiki\" (\"title\") VALUES ('raw')");

      assertThatThrownBy(
              () -> Catalog.execute(url, "INSERT INTO \"wiki\" (\"title\", \"row_version\") VALUES ('null', NULL)"))
          .cause()
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("row_version");
      try (Session session = database.openSession()) {
        Wiki raw = new WikiDao(session).query().filterByTitle("raw").one();
        assertThat(raw.version).isZero();
      }
      assertThat(Catalog.countRows(url, "wiki")).isOne();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void newMutableObjectWithANullVersionGetsZeroBackFromCommit(TestDatabase db) {
    try (Database database = Setup.create(db.freshUrl(), WikiTable.TABLE)) {
      Wiki wiki = new Wiki("home");
      Setup.commit(database, wiki);

      assertThat(wiki.version).isZero();
      try (Session session = database.openSession()) {
        assertThat(new WikiDao(session).get(wiki.id).orElseThrow().version).isZero();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void rollbackEmptiesTheVersionTheDatabaseFilledIn(TestDatabase db) {
    try (Database database = Setup.create(db.freshUrl(), WikiTable.TABLE);
        Session session = database.openSession()) {
      Wiki wiki = new Wiki("home");
      session.add(wiki);
      session.flush();
      assertThat(wiki.version).isZero();

      session.rollback();

      assertThat(wiki.version).isNull();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void newRecordWithANullVersionGetsZeroInTheCopyItsRefHolds(TestDatabase db) {
    try (Database database = Setup.create(db.freshUrl(), CouponTable.TABLE)) {
      Coupon coupon = new Coupon("SPRING");
      Ref<Coupon> ref;
      try (Session session = database.openSession()) {
        ref = session.add(coupon);
        session.commit();
      }

      assertThat(ref.get().version()).isZero();
      assertThat(coupon.version()).as("a record cannot change").isNull();
      try (Session session = database.openSession()) {
        assertThat(new CouponDao(session).get(ref.get().id())).contains(ref.get());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void versionsSetOnNewObjectsAreStoredAsTheyAre(TestDatabase db) {
    try (Database database = Setup.create(db.freshUrl(), PermitTable.TABLE, CouponTable.TABLE)) {
      Permit fresh = new Permit(1L, "ada", 0);
      Permit imported = new Permit(2L, "bob", 7);
      Coupon boxed = new Coupon(3L, "SUMMER", 4);
      Setup.commit(database, fresh, imported, boxed);

      try (Session session = database.openSession()) {
        PermitDao permits = new PermitDao(session);
        assertThat(permits.get(1L).orElseThrow().getRevision()).isZero();
        assertThat(permits.get(2L).orElseThrow().getRevision()).isEqualTo(7);
        assertThat(new CouponDao(session).get(3L)).contains(boxed);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void withVersionSetsAMutableObjectsVersionAndCopiesAnImmutableOne(TestDatabase db) {
    try (Database database = Setup.create(db.freshUrl(), WikiTable.TABLE, CouponTable.TABLE, PermitTable.TABLE)) {
      Wiki wiki = new Wiki("home");
      Setup.commit(database, wiki, new Coupon(1L, "SPRING", 2), new Permit(1L, "ada", 5));
      try (Session session = database.openSession()) {
        Wiki loaded = new WikiDao(session).get(wiki.id).orElseThrow();
        Coupon coupon = new CouponDao(session).get(1L).orElseThrow();
        Permit permit = new PermitDao(session).get(1L).orElseThrow();

        assertThat(WikiTable.TABLE.withVersion(loaded, 3)).isSameAs(loaded);
        assertThat(loaded.version).isEqualTo(3L);
        assertThat(loaded.title).isEqualTo("home");

        assertThat(CouponTable.TABLE.withVersion(coupon, 3)).isEqualTo(new Coupon(1L, "SPRING", 3));
        assertThat(coupon.version()).as("a record cannot change").isEqualTo(2);

        Permit copy = PermitTable.TABLE.withVersion(permit, 6);
        assertThat(copy).isNotSameAs(permit);
        assertThat(copy.getId()).isEqualTo(1L);
        assertThat(copy.getHolder()).isEqualTo("ada");
        assertThat(copy.getRevision()).isEqualTo(6);
        assertThat(permit.getRevision()).isEqualTo(5);
      }
    }
  }

  @Test
  void versionColumnIsTheVersionFieldsColumnAndNullWithoutOne() {
    assertThat(WikiTable.TABLE.versionColumn()).isSameAs(WikiTable.VERSION);
    assertThat(WikiTable.TABLE.versionColumn().name()).isEqualTo("row_version");
    assertThat(CouponTable.TABLE.versionColumn()).isSameAs(CouponTable.VERSION);
    assertThat(PermitTable.TABLE.versionColumn()).isSameAs(PermitTable.REVISION);
    assertThat(WikiTable.TABLE.databaseFilled()).containsExactly(WikiTable.ID, WikiTable.VERSION);
    assertThat(PermitTable.TABLE.databaseFilled()).containsExactly(PermitTable.ID);

    assertThat(MemoTable.TABLE.versionColumn()).isNull();
    assertThatThrownBy(() -> MemoTable.TABLE.withVersion(new Memo("hello"), 1))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessage("Table memo has no @Version column");
  }

  @Test
  void withVersionRefusesAVersionTooLargeForAnIntRatherThanWrappingAround() {
    Coupon coupon = new Coupon(1L, "SPRING", 2);

    assertThat(CouponTable.TABLE.withVersion(coupon, Integer.MAX_VALUE).version()).isEqualTo(Integer.MAX_VALUE);
    assertThatThrownBy(() -> CouponTable.TABLE.withVersion(coupon, Integer.MAX_VALUE + 1L))
        .isInstanceOf(ArithmeticException.class);
  }
}
