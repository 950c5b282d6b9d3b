package dev.kiln.session;

import dev.kiln.dialect.Dialect;
import dev.kiln.engine.Engine;
import dev.kiln.engine.SelectExecution;
import dev.kiln.error.KilnException;
import dev.kiln.jdbc.Params;
import dev.kiln.jdbc.Row;
import dev.kiln.query.Lock;
import dev.kiln.query.Select;
import dev.kiln.query.SqlBuilder;
import dev.kiln.relation.Relation;
import dev.kiln.schema.TableDef;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * Runs a session's reads: each query first flushes what the session staged (autoflush), so that it
 * sees it; rows of the session's own model are loaded into its identity map, and bulk statements
 * keep the objects it holds in step with the rows they change.
 */
final class Loader implements Select.Runner {
  @FunctionalInterface
  interface ResultWork<R> {
    R read(ResultSet resultSet) throws SQLException;
  }

  private final Engine engine;
  private final Dialect dialect;
  private final IdentityMap identityMap;
  private final SessionTransaction transaction;
  private final Runnable autoflush;
  /**
   * Whether loaded rows are tracked in the identity map. A read-only session's are not: no
   * snapshot per row, so its reads cost what the core layer's do, and each load is a new object.
   */
  private final boolean tracking;
  /** Whether the session is open: a holder used after it closed cannot load. */
  private final BooleanSupplier open;
  /** Made on first use, by the first read of a table with relationships. */
  private RelationLoader relations;
  /** Streams not closed yet: a commit would end their cursors under them. */
  private int openStreams;

  Loader(
      Engine engine,
      IdentityMap identityMap,
      SessionTransaction transaction,
      Runnable autoflush,
      boolean tracking,
      BooleanSupplier open) {
    this.engine = engine;
    this.dialect = engine.dialect();
    this.identityMap = identityMap;
    this.transaction = transaction;
    this.autoflush = autoflush;
    this.tracking = tracking;
    this.open = open;
  }

  RelationLoader relations() {
    if (relations == null) {
      relations = new RelationLoader(this, new RelationQueries(this, engine, identityMap, transaction, autoflush, tracking));
    }
    return relations;
  }

  /** Attaches the holders of the rows one statement read, if their table has relationships. */
  private <T> void attach(TableDef<T> table, List<T> read) {
    if (!table.relations().isEmpty()) {
      relations().attach(table, read);
    }
  }

  /** As above for the one row a read by key returned; nothing is allocated for a table without relationships. */
  private <T> void attachOne(TableDef<T> table, T read) {
    if (!table.relations().isEmpty()) {
      relations().attach(table, List.of(read));
    }
  }

  /** Throws unless the session that read the holders of {@code relation} is open. */
  void requireOpen(Relation<?, ?> relation) {
    if (!open.getAsBoolean()) {
      throw new KilnException(
          relation + " was not loaded, and the session that read its owner is closed. Use it while the"
              + " session is open, or load it with the query, with load(...).");
    }
  }

  boolean hasOpenStreams() {
    return openStreams > 0;
  }

  /** The object with this primary key: the session's own instance if it has one, else loaded. */
  <T> Optional<T> get(TableDef<T> table, Object key) {
    autoflush.run();
    Snapshot<T> held = identityMap.held(table, key);
    if (held != null) {
      return Optional.of(held.entity);
    }
    return selectByKey(
        SessionTransaction.Need.READ,
        table,
        key,
        engine.statements(table).selectByKey,
        row -> {
          T read;
          if (tracking) {
            HeldRows rows = identityMap.rows(table);
            read = IdentityMap.load(table, rows, rows.isEmpty(), row);
          } else {
            read = table.read(row);
          }
          attachOne(table, read);
          return read;
        });
  }

  /**
   * The object with this primary key, its row locked until the transaction ends (which begins here
   * if it has not); a held object is refreshed with the locked row's values.
   */
  <T> Optional<T> getLocked(TableDef<T> table, Object key, Lock lock) {
    autoflush.run();
    SqlBuilder clause = new SqlBuilder(dialect);
    dialect.appendLock(clause, lock);
    return selectByKey(
        SessionTransaction.Need.LOCK,
        table,
        key,
        engine.statements(table).selectByKey + clause.sql(),
        row -> {
          Snapshot<T> held = identityMap.held(table, key);
          return held == null ? IdentityMap.load(table, identityMap.rows(table), true, row) : refreshed(table, held, row);
        });
  }

  @FunctionalInterface
  private interface RowReader<T> {
    T read(Row row) throws SQLException;
  }

  /** Runs a select by key and reads its row, if there is one, with the reader. */
  private <T> Optional<T> selectByKey(
      SessionTransaction.Need need, TableDef<T> table, Object key, String sql, RowReader<T> reader) {
    return transaction.run(
        need,
        sql,
        () -> List.of(key),
        statement -> {
          table.bindKey(dialect.params(statement), 1, key);
          try (ResultSet resultSet = statement.executeQuery()) {
            return resultSet.next() ? Optional.of(reader.read(dialect.row(resultSet))) : Optional.<T>empty();
          }
        });
  }

  /** The rows of a query on the table alone (no join), which returns each row at most once. */
  <T> List<T> list(TableDef<T> table, SqlBuilder sql) {
    List<T> result = select(SessionTransaction.Need.READ, sql, resultSet -> readAll(table, resultSet));
    attach(table, result);
    return result;
  }

  /** Every row of the result, each the session's instance when it tracks rows. */
  <T> List<T> readAll(TableDef<T> table, ResultSet resultSet) throws SQLException {
    Row row = dialect.row(resultSet);
    List<T> result = new ArrayList<>();
    if (!tracking) {
      while (resultSet.next()) {
        result.add(table.read(row));
      }
      return result;
    }
    HeldRows held = identityMap.rows(table);
    boolean noneHeld = held.isEmpty();
    while (resultSet.next()) {
      result.add(IdentityMap.load(table, held, noneHeld, row));
    }
    return result;
  }

  /**
   * The rows of a locking query on the table alone, inside the transaction, which begins here if
   * it has not. An object the session holds already is refreshed with the row's locked values
   * (SQLAlchemy's {@code populate_existing}): work done under the lock must start from them.
   */
  <T> List<T> listLocked(TableDef<T> table, SqlBuilder sql) {
    return select(
        SessionTransaction.Need.LOCK,
        sql,
        resultSet -> {
          Row row = dialect.row(resultSet);
          HeldRows held = identityMap.rows(table);
          List<T> result = new ArrayList<>();
          while (resultSet.next()) {
            Snapshot<T> existing = IdentityMap.snapshotOf(held.isEmpty() ? null : held.get(table.readKey(row)));
            result.add(existing == null ? IdentityMap.load(table, held, true, row) : refreshed(table, existing, row));
          }
          attach(table, result);
          return result;
        });
  }

  long queryLong(SqlBuilder sql) {
    return select(
        SessionTransaction.Need.READ,
        sql,
        resultSet -> {
          resultSet.next();
          return resultSet.getLong(1);
        });
  }

  /** A select's values (projections, aggregates), not tracked. */
  @Override
  public <R> List<R> list(Select<?, R> select) {
    return select(SessionTransaction.Need.READ, select.toSql(dialect), resultSet -> SelectExecution.list(resultSet, select, dialect));
  }

  /** A select's rows through a cursor, not tracked; the session cannot commit until it is closed. */
  @Override
  public <R> Stream<R> stream(Select<?, R> select) {
    autoflush.run();
    SqlBuilder sql = select.toSql(dialect);
    return transaction.run(
        SessionTransaction.Need.STREAM,
        sql,
        statement -> {
          sql.bind(dialect.params(statement));
          Stream<R> rows = SelectExecution.stream(statement, sql.sql(), select, dialect, () -> openStreams--);
          openStreams++;
          return rows;
        });
  }

  /**
   * Runs a bulk UPDATE or DELETE and keeps the objects of that table this session holds in step
   * with it, like SQLAlchemy's {@code synchronize_session="fetch"}: when the session holds any, the
   * statement returns the rows it touched; an updated row's object is refreshed with the new values
   * (in place for a mutable class; a new object replaces an immutable one in the session), and a
   * deleted row's object is forgotten.
   */
  <T> int bulk(TableDef<T> table, SqlBuilder sql, boolean delete) {
    autoflush.run();
    HeldRows held = identityMap.rowsIfAny(table);
    if (held == null || held.isEmpty()) {
      return transaction.run(
          SessionTransaction.Need.WRITE,
          sql,
          statement -> {
            sql.bind(dialect.params(statement));
            return statement.executeUpdate();
          });
    }
    if (!delete && !dialect.returnsFromUpdate()) {
      int updated = transaction.run(
          SessionTransaction.Need.WRITE,
          sql,
          statement -> {
            sql.bind(dialect.params(statement));
            return statement.executeUpdate();
          });
      rereadHeld(table, held);
      return updated;
    }
    sql.append(engine.statements(table).returningAll);
    // Flushed above already: a second flush would dirty-check every held object again.
    return query(
        SessionTransaction.Need.WRITE,
        sql,
        resultSet -> {
          Row row = dialect.row(resultSet);
          int touched = 0;
          while (resultSet.next()) {
            touched++;
            Snapshot<T> managed = IdentityMap.snapshotOf(held.get(table.readKey(row)));
            if (managed == null) {
              continue;
            }
            if (delete) {
              held.remove(managed.key());
            } else {
              refreshed(table, managed, row);
            }
          }
          return touched;
        });
  }

  /**
   * After a bulk update on a database that cannot return the rows it changed: refreshes every row
   * of the table this session holds whose row now differs from it, reading them by key, a batch of
   * keys per statement. A row the update did not touch reads back as the session flushed it (or as
   * another transaction has committed it since, which the object then takes too).
   */
  private <T> void rereadHeld(TableDef<T> table, HeldRows held) {
    List<Object> keys = new ArrayList<>();
    for (Snapshot<?> row = held.first(); row != null; row = row.next) {
      if (!row.released) {
        keys.add(row.key());
      }
    }
    int parts = table.primaryKey().size();
    RelationQueries.forEachBatch(keys, batch -> transaction.run(
        SessionTransaction.Need.READ,
        engine.statements(table).selectByKeys(batch.size()),
        () -> List.copyOf(batch),
        statement -> {
          Params params = dialect.params(statement);
          for (int i = 0; i < batch.size(); i++) {
            table.bindKey(params, 1 + i * parts, batch.get(i));
          }
          try (ResultSet resultSet = statement.executeQuery()) {
            Row row = dialect.row(resultSet);
            while (resultSet.next()) {
              Snapshot<T> managed = IdentityMap.snapshotOf(held.get(table.readKey(row)));
              // A row the update left as it was keeps its object: a record is not replaced by a copy.
              if (managed != null && !Arrays.deepEquals(table.values(table.read(row)), table.values(managed.entity))) {
                refreshed(table, managed, row);
              }
            }
          }
          return null;
        }));
  }

  /**
   * Gives a held row's object the row's values: in place for a mutable class; a new object, which
   * replaces the old one in the session, for an immutable one. Returns the object.
   */
  private static <T> T refreshed(TableDef<T> table, Snapshot<T> held, Row row) throws SQLException {
    held.retake(table.refresh(held.entity, row));
    // A record added in this session is read through its Ref: give it the new copy too.
    if (held.ref != null) {
      held.ref.stored(held.entity);
    }
    return held.entity;
  }

  /** Flushes, then runs the query and hands its result set to the reader. */
  private <R> R select(SessionTransaction.Need need, SqlBuilder sql, ResultWork<R> reader) {
    autoflush.run();
    return query(need, sql, reader);
  }

  /** Runs the query, as it is, and hands its result set to the reader. */
  private <R> R query(SessionTransaction.Need need, SqlBuilder sql, ResultWork<R> reader) {
    return transaction.run(
        need,
        sql,
        statement -> {
          sql.bind(dialect.params(statement));
          try (ResultSet resultSet = statement.executeQuery()) {
            return reader.read(resultSet);
          }
        });
  }
}
