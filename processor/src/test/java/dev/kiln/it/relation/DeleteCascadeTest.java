package dev.kiln.it.relation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.Database;
import dev.kiln.session.Session;
import dev.kiln.testing.SqlLog;
import dev.kiln.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Deleting an object deletes the elements of its collections that delete their orphans, and
 * theirs in turn (SQLAlchemy's {@code cascade="all, delete-orphan"}), before it, so that no
 * foreign key is left dangling, loading those collections a query result at a time.
 */
class DeleteCascadeTest {
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void deletingOwnersDeletesWhatTheyOwnLoadingItOnceForTheirWholeQueryResult(TestDatabase db) {
    try (Database database = TestDatabase.createTables(db.freshUrl(), ShelfTable.TABLE, SlotTable.TABLE)) {
      database.transaction(session -> {
        for (String label : List.of("a", "b", "c", "kept")) {
          Shelf shelf = new Shelf(label);
          for (int position = 1; position <= 3; position++) {
            shelf.slots.add(new Slot(position));
          }
          session.add(shelf);
        }
      });

      try (Session session = database.openSession(); SqlLog log = SqlLog.start()) {
        for (Shelf shelf : new ShelfQuery(session).where(ShelfTable.LABEL.in(List.of("a", "b", "c"))).all()) {
          session.delete(shelf);
        }
        session.commit();
        assertThat(log.statements()).filteredOn(sql -> sql.startsWith("SELECT"))
            .as("the shelves, then the slots of all three").hasSize(2);
      }

      try (Session session = database.openSession()) {
        assertThat(new ShelfDao(session).all()).extracting(shelf -> shelf.label).containsExactly("kept");
        assertThat(new SlotDao(session).all()).hasSize(3);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void deletingTheRootOfATreeDeletesEveryBranchDeepestFirst(TestDatabase db) {
    try (Database database = TestDatabase.createTables(db.freshUrl(), FolderTable.TABLE)) {
      int rootId = database.transactionResult(session -> {
        Folder root = new Folder("root");
        for (int i = 0; i < 2; i++) {
          Folder branch = root.add("branch " + i);
          branch.add("leaf " + i + "a");
          branch.add("leaf " + i + "b");
        }
        session.add(root);
        session.add(new Folder("other"));
        session.flush();
        return root.id;
      });

      database.transaction(session -> session.delete(new FolderDao(session).get(rootId).orElseThrow()));

      try (Session session = database.openSession()) {
        assertThat(new FolderDao(session).all()).extracting(folder -> folder.name).containsExactly("other");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void fourThreadsDeletingOwnersTheirOwnWayLeaveExactlyTheRest(TestDatabase db) throws Exception {
    try (Database database = TestDatabase.createTables(db.freshUrl(), ShelfTable.TABLE, SlotTable.TABLE)) {
      int threads = 4;
      int shelvesPerThread = 10;
      database.transaction(session -> {
        for (int t = 0; t < threads; t++) {
          for (int i = 0; i < shelvesPerThread; i++) {
            Shelf shelf = new Shelf("t" + t + " s" + i);
            shelf.slots.add(new Slot(1));
            shelf.slots.add(new Slot(2));
            session.add(shelf);
          }
        }
      });

      // Each thread deletes its even shelves, one transaction each, while the others do theirs.
      Concurrently.run(threads, thread -> {
        for (int i = 0; i < shelvesPerThread; i += 2) {
          String label = "t" + thread + " s" + i;
          database.transaction(session ->
              session.delete(new ShelfQuery(session).where(ShelfTable.LABEL.eq(label)).one()));
        }
      });

      try (Session session = database.openSession()) {
        assertThat(new ShelfDao(session).all()).hasSize(threads * shelvesPerThread / 2)
            .allSatisfy(shelf -> assertThat(shelf.slots).hasSize(2));
        assertThat(new SlotDao(session).all()).hasSize(threads * shelvesPerThread);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void anElementAddedToAnOwnerBeingDeletedIsNeverSaved(TestDatabase db) {
    try (Database database = TestDatabase.createTables(db.freshUrl(), ShelfTable.TABLE, SlotTable.TABLE)) {
      int shelfId = database.transactionResult(session -> {
        Shelf shelf = new Shelf("top");
        shelf.slots.add(new Slot(1));
        session.add(shelf);
        session.flush();
        return shelf.id;
      });

      database.transaction(session -> {
        Shelf shelf = new ShelfDao(session).get(shelfId).orElseThrow();
        Slot added = new Slot(2);
        shelf.slots.add(added);
        session.add(added);
        Slot first = shelf.slots.get(0);
        session.delete(first); // deleted itself, and again by the shelf's cascade: once
        session.delete(shelf);
      });

      try (Session session = database.openSession()) {
        assertThat(new ShelfDao(session).all()).isEmpty();
        assertThat(new SlotDao(session).all()).isEmpty();
      }
    }
  }
}
