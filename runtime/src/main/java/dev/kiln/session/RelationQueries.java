package dev.kiln.session;

import dev.kiln.dialect.Dialect;
import dev.kiln.engine.AssociationStatements;
import dev.kiln.engine.Engine;
import dev.kiln.jdbc.Params;
import dev.kiln.jdbc.Row;
import dev.kiln.query.Column;
import dev.kiln.relation.ManyToManyRelation;
import dev.kiln.schema.SqlType;
import dev.kiln.schema.TableDef;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * The statements relationships load with, a batch of keys at a time: rows by key, rows whose
 * foreign key holds one of some keys, and the targets linked to some owners. Each flushes first, as
 * every query does, and reads rows into the session as its queries do.
 */
final class RelationQueries {
  /** Keys per statement at most: a power of two, well under every database's parameter limit. */
  static final int KEYS_PER_STATEMENT = 1024;

  private final Loader loader;
  private final Engine engine;
  private final Dialect dialect;
  private final IdentityMap identityMap;
  private final SessionTransaction transaction;
  private final Runnable autoflush;
  private final boolean tracking;
  /**
   * Set while a query's eager loads run: the query's own statement flushed just before them, and
   * no application code runs in between, so a flush per load would only compare every held row
   * again to find nothing.
   */
  private boolean flushedByQuery;

  RelationQueries(
      Loader loader,
      Engine engine,
      IdentityMap identityMap,
      SessionTransaction transaction,
      Runnable autoflush,
      boolean tracking) {
    this.loader = loader;
    this.engine = engine;
    this.dialect = engine.dialect();
    this.identityMap = identityMap;
    this.transaction = transaction;
    this.autoflush = autoflush;
    this.tracking = tracking;
  }

  /**
   * Hands the keys to {@code work} {@link #KEYS_PER_STATEMENT} at a time, each batch padded to a
   * power of two by repeating its last key (harmless in an {@code IN} list): a table's statements
   * then come in a few shapes, which the statement caches keep prepared, rather than one per count.
   */
  static void forEachBatch(List<Object> keys, Consumer<List<Object>> work) {
    for (int from = 0; from < keys.size(); from += KEYS_PER_STATEMENT) {
      List<Object> batch = new ArrayList<>(keys.subList(from, Math.min(keys.size(), from + KEYS_PER_STATEMENT)));
      Object last = batch.get(batch.size() - 1);
      while (Integer.bitCount(batch.size()) != 1) {
        batch.add(last);
      }
      work.accept(batch);
    }
  }

  /** Runs a query's eager loads, which its own statement's flush has covered. */
  void afterQueryFlush(Runnable loads) {
    boolean outer = flushedByQuery;
    flushedByQuery = true;
    try {
      loads.run();
    } finally {
      flushedByQuery = outer;
    }
  }

  private void flushFirst() {
    if (!flushedByQuery) {
      autoflush.run();
    }
  }

  /** The session's instance of the row with this key, if it tracks one; never reads. */
  <T> T heldInstance(TableDef<T> table, Object key) {
    if (!tracking) {
      return null;
    }
    Snapshot<T> held = identityMap.held(table, key);
    return held == null ? null : held.entity;
  }

  /** The rows with these keys, in any order, a batch of keys per statement; not attached. */
  <T> List<T> listByKeys(TableDef<T> table, List<Object> keys) {
    SqlType listType = keyListType(table.primaryKey());
    if (listType != null) {
      return listOfKeyList(table, engine.statements(table).selectWhereInList(table.primaryKey().get(0)), listType, keys);
    }
    return listInBatches(table, keys, count -> engine.statements(table).selectByKeys(count), table);
  }

  /**
   * The type of the keys these columns hold, where the dialect binds a list of them as one
   * parameter and the key is one column; else null, and keys go in {@code IN} lists.
   */
  private SqlType keyListType(List<? extends Column<?, ?>> columns) {
    if (columns.size() != 1) {
      return null;
    }
    SqlType type = columns.get(0).type().sqlType();
    return dialect.bindsKeyLists(type) ? type : null;
  }

  /** The rows one statement with the keys bound as one parameter reads; not attached. */
  private <T> List<T> listOfKeyList(TableDef<T> table, String sql, SqlType type, List<Object> keys) {
    flushFirst();
    return transaction.run(
        SessionTransaction.Need.READ,
        sql,
        () -> List.of(keys),
        statement -> {
          dialect.bindKeyList(dialect.params(statement), 1, type, keys.toArray());
          try (ResultSet resultSet = statement.executeQuery()) {
            return loader.readAll(table, resultSet);
          }
        });
  }

  /**
   * The rows whose {@code columns} hold one of these keys of {@code keyTable}, part by part, in key
   * order, a batch of keys per statement; not attached.
   */
  <T> List<T> listWhereIn(TableDef<T> table, List<Column<T, ?>> columns, TableDef<?> keyTable, List<Object> keys) {
    SqlType listType = keyListType(columns);
    if (listType != null) {
      return listOfKeyList(table, engine.statements(table).selectWhereInList(columns.get(0)), listType, keys);
    }
    return listInBatches(table, keys, count -> engine.statements(table).selectWhereIn(columns, count), keyTable);
  }

  private <T> List<T> listInBatches(
      TableDef<T> table, List<Object> keys, IntFunction<String> sqlFor, TableDef<?> keyTable) {
    flushFirst();
    List<T> result = new ArrayList<>();
    int parts = keyTable.primaryKey().size();
    forEachBatch(keys, batch -> result.addAll(
        transaction.run(
            SessionTransaction.Need.READ,
            sqlFor.apply(batch.size()),
            () -> List.copyOf(batch),
            statement -> {
              Params params = dialect.params(statement);
              for (int i = 0; i < batch.size(); i++) {
                keyTable.bindKey(params, 1 + i * parts, batch.get(i));
              }
              try (ResultSet resultSet = statement.executeQuery()) {
                return loader.readAll(table, resultSet);
              }
            })));
    return result;
  }

  /**
   * The targets linked to these owners through a many-to-many relationship, each once, a batch of
   * owners per statement; {@code byOwner} receives each owner's targets, in key order. Not attached.
   */
  <S, T> List<T> listLinked(ManyToManyRelation<S, T> relation, List<Object> ownerKeys, Map<Object, List<T>> byOwner) {
    flushFirst();
    TableDef<T> table = relation.target();
    TableDef<S> ownerTable = relation.table();
    AssociationStatements statements = engine.statements(relation);
    Column<S, ?> ownerKey = ownerTable.primaryKey().get(0);
    int ownerKeyIndex = table.columns().size() + 1;
    // A target linked to several owners comes once per link: each after the first is found by key.
    Map<Object, T> distinct = new LinkedHashMap<>();
    SqlType listType = keyListType(ownerTable.primaryKey());
    Consumer<List<Object>> read = batch -> transaction.run(
        SessionTransaction.Need.READ,
        listType != null ? statements.selectTargetsOfList() : statements.selectTargets(batch.size()),
        () -> List.copyOf(batch),
        statement -> {
          Params params = dialect.params(statement);
          if (listType != null) {
            dialect.bindKeyList(params, 1, listType, batch.toArray());
          } else {
            for (int i = 0; i < batch.size(); i++) {
              ownerTable.bindKey(params, 1 + i, batch.get(i));
            }
          }
          try (ResultSet resultSet = statement.executeQuery()) {
            Row row = dialect.row(resultSet);
            HeldRows held = tracking ? identityMap.rows(table) : null;
            while (resultSet.next()) {
              Object key = table.readKey(row);
              T target = distinct.get(key);
              if (target == null) {
                target = tracking ? IdentityMap.load(table, held, false, row) : table.read(row);
                distinct.put(key, target);
              }
              byOwner.computeIfAbsent(ownerKey.type().read(row, ownerKeyIndex), unused -> new ArrayList<>()).add(target);
            }
          }
          return null;
        });
    if (listType != null) {
      read.accept(ownerKeys);
    } else {
      forEachBatch(ownerKeys, read);
    }
    return new ArrayList<>(distinct.values());
  }
}
