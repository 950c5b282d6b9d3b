package dev.kiln.session;

import dev.kiln.relation.Holders;
import dev.kiln.schema.TableDef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a session has staged and not yet written: inserts in the order they were added, and
 * deletions. It also remembers the inserts the current transaction wrote, so that a rollback can
 * take back the keys and defaults they were given.
 */
final class UnitOfWork {
  /** An object staged for insertion, with the handle {@link Session#add} gave out for it. */
  record Pending<T>(TableDef<T> table, T entity, Ref<T> ref) {}

  /** A row staged for deletion, with the version to check, or null to delete whatever version it has. */
  record Doomed(TableDef<?> table, Object key, Long version) {}

  /** A row, by table and key. */
  private record RowId(TableDef<?> table, Object key) {}

  /** An insert of this transaction, with the columns the database filled in, as a mask. */
  private record Inserted<T>(Pending<T> pending, long filled) {}

  private final List<Pending<?>> inserts = new ArrayList<>();
  // Small at first: most sessions only read, and a default IdentityHashMap starts with 64 slots.
  private final Map<Object, Pending<?>> insertsByObject = new IdentityHashMap<>(4);
  private final List<Doomed> deletes = new ArrayList<>();
  private final Set<RowId> doomedRows = new HashSet<>();
  private final List<Inserted<?>> insertedInTransaction = new ArrayList<>();

  /** The handle of the object if it is staged for insertion already, or null. */
  <T> Ref<T> stagedRef(T entity) {
    Pending<?> staged = insertsByObject.get(entity);
    return staged == null ? null : refOf(staged);
  }

  /** Stages the object for insertion; returns its handle. */
  <T> Ref<T> stageInsert(TableDef<T> table, T entity) {
    Ref<T> ref = new Ref<>(entity);
    Pending<T> pending = new Pending<>(table, entity, ref);
    if (!table.relations().isEmpty()) {
      Holders.link(table, entity);
    }
    inserts.add(pending);
    insertsByObject.put(entity, pending);
    return ref;
  }

  /** Unstages an insert of the object; returns whether it was staged. */
  boolean unstageInsert(Object entity) {
    Pending<?> staged = insertsByObject.remove(entity);
    return staged != null && inserts.remove(staged);
  }

  /** Stages the row's deletion, once: a row deleted again (by a cascade, say) is deleted once. */
  void stageDelete(TableDef<?> table, Object key, Long version) {
    if (claimDelete(table, key)) {
      stageClaimedDelete(table, key, version);
    }
  }

  /**
   * Claims the row for deletion, before {@link #stageClaimedDelete} stages it: a cascade that
   * deletes the rows referring to it first comes back to it as claimed. False if it was already.
   */
  boolean claimDelete(TableDef<?> table, Object key) {
    return doomedRows.add(new RowId(table, key));
  }

  /** Stages the deletion of a row {@link #claimDelete} claimed, after the deletions staged so far. */
  void stageClaimedDelete(TableDef<?> table, Object key, Long version) {
    deletes.add(new Doomed(table, key, version));
  }

  /** Undoes any staged deletion of the row. */
  void unstageDelete(TableDef<?> table, Object key) {
    if (doomedRows.remove(new RowId(table, key))) {
      deletes.removeIf(doomed -> doomed.table() == table && doomed.key().equals(key));
    }
  }

  /** Forgets the staged deletions, once written. */
  void clearDeletes() {
    deletes.clear();
    doomedRows.clear();
  }

  boolean hasInserts() {
    return !inserts.isEmpty();
  }

  int insertCount() {
    return inserts.size();
  }

  /** The staged insert at {@code index}; the caller reads its table and ties the type to it. */
  @SuppressWarnings("unchecked")
  <T> Pending<T> insertAt(int index) {
    return (Pending<T>) inserts.get(index);
  }

  /** Records that the transaction wrote the staged insert, leaving {@code filled} to the database. */
  void inserted(Pending<?> pending, long filled) {
    insertedInTransaction.add(new Inserted<>(pending, filled));
  }

  /** Reorders the staged inserts, stably: equal ones keep the order they were added in. */
  void sortInserts(Comparator<Pending<?>> order) {
    inserts.sort(order);
  }

  void clearInserts() {
    inserts.clear();
    insertsByObject.clear();
  }

  List<Doomed> deletes() {
    return deletes;
  }

  /** A mark of how many inserts the transaction has written, for {@link #rolledBackTo}. */
  int insertedMark() {
    return insertedInTransaction.size();
  }

  /**
   * The transaction rolled back to a savepoint taken at {@code mark}: takes back what the inserts
   * since then were given, and forgets what was staged since (a savepoint is taken right after a
   * flush, so that is everything staged).
   */
  void rolledBackTo(int mark) {
    List<Inserted<?>> undone = insertedInTransaction.subList(mark, insertedInTransaction.size());
    for (Inserted<?> inserted : undone) {
      takeBack(inserted);
    }
    undone.clear();
    clearInserts();
    clearDeletes();
  }

  /** The transaction committed: what it inserted stays. */
  void committed() {
    insertedInTransaction.clear();
  }

  /**
   * The transaction rolled back: takes back the values the database filled into the objects it
   * inserted, and forgets everything staged.
   */
  void rolledBack() {
    for (Inserted<?> inserted : insertedInTransaction) {
      takeBack(inserted);
    }
    insertedInTransaction.clear();
    clearInserts();
    clearDeletes();
  }

  private static <T> void takeBack(Inserted<T> inserted) {
    Pending<T> pending = inserted.pending();
    if (inserted.filled() != 0) {
      pending.table().clearDatabaseFilled(pending.entity(), inserted.filled());
    }
    pending.ref().forget();
  }

  /** Safe: a pending insert's table and ref were made for the same object's class. */
  @SuppressWarnings("unchecked")
  private static <T> Ref<T> refOf(Pending<?> pending) {
    return (Ref<T>) pending.ref();
  }
}
