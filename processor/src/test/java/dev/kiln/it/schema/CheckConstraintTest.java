package dev.kiln.it.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiln.Database;
import dev.kiln.error.CheckViolationException;
import dev.kiln.session.Ref;
import dev.kiln.session.Session;
import dev.kiln.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code @Check} conditions are enforced by the database, and a violation names the check on both databases. */
class CheckConstraintTest {

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void rowsThatSatisfyEveryCheckAreAccepted(TestDatabase db) {
    String url = db.freshUrl();
    try (Database database = Setup.create(url, ProductTable.TABLE)) {
      Setup.commit(database, new Product("free", 0, 0), new Product("pen", 5, 5));

      assertThat(Catalog.countRows(url, "product")).isEqualTo(2);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void violatingInsertIsRefusedNamingTheCheckAndWritesNothing(TestDatabase db) {
    String url = db.freshUrl();
    try (Database database = Setup.create(url, ProductTable.TABLE)) {
      Product valid = new Product("pen", 5, 0);

      try (Session session = database.openSession()) {
        Ref<Product> ref = session.add(valid);
        session.add(new Product("refund", -1, -1));

        assertThatThrownBy(session::commit)
            .isInstanceOfSatisfying(
                CheckViolationException.class,
                e -> assertThat(e.constraint()).contains("product_price_not_negative"));
        assertThat(valid.id).isNull();
        assertThat(ref.isStored()).isFalse();
      }
      assertThat(Catalog.countRows(url, "product")).isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void checkComparingTwoColumnsNamesItself(TestDatabase db) {
    try (Database database = Setup.create(db.freshUrl(), ProductTable.TABLE);
        Session session = database.openSession()) {
      session.add(new Product("pen", 5, 6));

      assertThatThrownBy(session::commit)
          .isInstanceOfSatisfying(
              CheckViolationException.class,
              e -> assertThat(e.constraint()).contains("product_discount_within_price"));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void checkWhoseNameHasSpacesAndBracketsIsReportedByItsWholeName(TestDatabase db) {
    try (Database database = Setup.create(db.freshUrl(), ProductTable.TABLE);
        Session session = database.openSession()) {
      session.add(new Product("", 5, 0));

      assertThatThrownBy(session::commit)
          .isInstanceOfSatisfying(
              CheckViolationException.class,
              e -> assertThat(e.constraint()).contains("name (when given) is not empty"));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void violatingUpdateIsRefusedAndTheRowKeepsItsValues(TestDatabase db) {
    try (Database database = Setup.create(db.freshUrl(), ProductTable.TABLE)) {
      Product pen = new Product("pen", 5, 2);
      Setup.commit(database, pen);

      try (Session session = database.openSession()) {
        Product loaded = new ProductDao(session).get(pen.id).orElseThrow();
        loaded.name = "cheap pen";
        loaded.price = 1;

        assertThatThrownBy(session::commit)
            .isInstanceOfSatisfying(
                CheckViolationException.class,
                e -> assertThat(e.constraint()).contains("product_discount_within_price"));
      }
      try (Session session = database.openSession()) {
        Product reloaded = new ProductDao(session).get(pen.id).orElseThrow();
        assertThat(reloaded.name).isEqualTo("pen");
        assertThat(reloaded.price).isEqualTo(5);
      }
    }
  }
}
