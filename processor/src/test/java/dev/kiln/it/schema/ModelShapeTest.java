package dev.kiln.it.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.Database;
import dev.kiln.session.Ref;
import dev.kiln.session.Session;
import dev.kiln.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each shape of model Kiln accepts goes through a whole life: insert, load in a fresh session,
 * update, delete. Mutable classes are updated in place; immutable ones by adding a changed copy.
 */
class ModelShapeTest {

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void recordIsStoredLoadedUpdatedByACopyAndDeleted(TestDatabase db) {
    String url = db.freshUrl();
    try (Database database = Setup.create(url, PlanetTable.TABLE)) {
      Ref<Planet> ref;
      try (Session session = database.openSession()) {
        ref = session.add(new Planet(null, "Mars", 0));
        session.commit();
      }
      long id = ref.get().id();
      assertThat(ref.get()).isEqualTo(new Planet(id, "Mars", 0));

      try (Session session = database.openSession()) {
        PlanetDao planets = new PlanetDao(session);
        Planet loaded = planets.get(id).orElseThrow();
        assertThat(loaded).isEqualTo(ref.get());
        session.add(loaded.withPopulation(12));
        session.commit();
      }
      try (Session session = database.openSession()) {
        PlanetDao planets = new PlanetDao(session);
        assertThat(planets.get(id)).contains(new Planet(id, "Mars", 12));
        planets.delete(planets.get(id).orElseThrow());
        session.commit();
      }
      assertThat(Catalog.countRows(url, "planet")).isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void beanWithPrivateFieldsAndAnIsGetterIsStoredLoadedUpdatedAndDeleted(TestDatabase db) {
    String url = db.freshUrl();
    try (Database database = Setup.create(url, CustomerTable.TABLE)) {
      Customer ann = new Customer("ann", true);
      Setup.commit(database, ann);
      assertThat(ann.getId()).isNotNull();

      try (Session session = database.openSession()) {
        Customer loaded = new CustomerDao(session).get(ann.getId()).orElseThrow();
        assertThat(loaded.getName()).isEqualTo("ann");
        assertThat(loaded.isActive()).isTrue();
        loaded.setActive(false);
        loaded.setName("anne");
        session.commit();
      }
      try (Session session = database.openSession()) {
        CustomerDao customers = new CustomerDao(session);
        Customer reloaded = customers.get(ann.getId()).orElseThrow();
        assertThat(reloaded.getName()).isEqualTo("anne");
        assertThat(reloaded.isActive()).isFalse();
        customers.delete(reloaded);
        session.commit();
      }
      assertThat(Catalog.countRows(url, "customer")).isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void classWithPackagePrivateFieldsIsStoredLoadedUpdatedAndDeleted(TestDatabase db) {
    String url = db.freshUrl();
    try (Database database = Setup.create(url, CrateTable.TABLE)) {
      Crate crate = new Crate("apples", 12.5);
      Setup.commit(database, crate);
      assertThat(crate.id).isNotNull();

      try (Session session = database.openSession()) {
        Crate loaded = new CrateDao(session).get(crate.id).orElseThrow();
        assertThat(loaded.label).isEqualTo("apples");
        assertThat(loaded.weight).isEqualTo(12.5);
        loaded.weight = 3.25;
        session.commit();
      }
      try (Session session = database.openSession()) {
        CrateDao crates = new CrateDao(session);
        assertThat(crates.get(crate.id).orElseThrow().weight).isEqualTo(3.25);
        crates.deleteById(crate.id);
        session.commit();
      }
      assertThat(Catalog.countRows(url, "crate")).isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void constructorBuiltClassGetsItsKeyInANewCopyAndIsUpdatedByACopy(TestDatabase db) {
    String url = db.freshUrl();
    try (Database database = Setup.create(url, TicketTable.TABLE)) {
      Ticket unsaved = new Ticket(7, "ann", null);
      Ref<Ticket> ref;
      try (Session session = database.openSession()) {
        ref = session.add(unsaved);
        session.commit();
      }
      // The generated key comes back in a new copy; the object added cannot change.
      Ticket stored = ref.get();
      assertThat(stored).isNotSameAs(unsaved);
      assertThat(unsaved.getId()).isNull();
      assertThat(stored.getId()).isNotNull();
      assertThat(stored.getHolder()).isEqualTo("ann");
      assertThat(stored.getSeat()).isEqualTo(7);

      try (Session session = database.openSession()) {
        Ticket loaded = new TicketDao(session).get(stored.getId()).orElseThrow();
        assertThat(loaded.getHolder()).isEqualTo("ann");
        assertThat(loaded.getSeat()).isEqualTo(7);
        session.add(loaded.withSeat(9));
        session.commit();
      }
      try (Session session = database.openSession()) {
        TicketDao tickets = new TicketDao(session);
        Ticket reloaded = tickets.get(stored.getId()).orElseThrow();
        assertThat(reloaded.getSeat()).isEqualTo(9);
        assertThat(reloaded.getHolder()).isEqualTo("ann");
        tickets.delete(reloaded);
        session.commit();
      }
      assertThat(Catalog.countRows(url, "ticket")).isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void staticNestedClassIsStoredLoadedUpdatedAndDeleted(TestDatabase db) {
    String url = db.freshUrl();
    try (Database database = Setup.create(url, WarehouseBinTable.TABLE)) {
      Warehouse.Bin bin = new Warehouse.Bin("A-1", 40);
      Setup.commit(database, bin);
      assertThat(bin.id).isNotNull();

      try (Session session = database.openSession()) {
        Warehouse.Bin loaded = new WarehouseBinDao(session).get(bin.id).orElseThrow();
        assertThat(loaded.code).isEqualTo("A-1");
        loaded.capacity = 60;
        session.commit();
      }
      try (Session session = database.openSession()) {
        WarehouseBinDao bins = new WarehouseBinDao(session);
        Warehouse.Bin reloaded = bins.query().filterByCode("A-1").one();
        assertThat(reloaded.capacity).isEqualTo(60);
        bins.delete(reloaded);
        session.commit();
      }
      assertThat(Catalog.countRows(url, "bin")).isZero();
    }
  }
}
