package dev.kiln.schema;

import dev.kiln.dialect.Dialect;
import dev.kiln.jdbc.Params;
import dev.kiln.jdbc.Row;
import dev.kiln.query.Aggregate;
import dev.kiln.query.Column;
import dev.kiln.query.Delete;
import dev.kiln.query.Expression;
import dev.kiln.query.Insert;
import dev.kiln.query.Row2;
import dev.kiln.query.Row3;
import dev.kiln.query.Row4;
import dev.kiln.query.Select;
import dev.kiln.query.Update;
import dev.kiln.session.Snapshot;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A model's table: its columns, its schema, and the code that moves a model object to and from JDBC.
 * The annotation processor generates one subclass per model ({@code UserTable} for {@code User});
 * the runtime works through these methods and never reflects on the model.
 *
 * <p>A row's key is the value of its primary key column or, for a key of several columns, a
 * {@link CompositeKey} of their values.
 *
 * @param <T> the model type
 */
public abstract class TableDef<T> {
  private final String name;
  private final Class<T> modelType;

  protected TableDef(String name, Class<T> modelType) {
    this.name = name;
    this.modelType = modelType;
  }

  /** The table's name, unquoted. */
  public final String name() {
    return name;
  }

  /** The model class; sessions use it to find the table of an object they are given. */
  public final Class<T> modelType() {
    return modelType;
  }

  /** Every column, in declaration order; a column's {@link Column#index()} is its place here. */
  public abstract List<Column<T, ?>> columns();

  /** The primary key's columns, in key order: one, or several for a composite key. */
  public abstract List<Column<T, ?>> primaryKey();

  /** Whether the database generates the key of a row inserted without one. */
  public abstract boolean generatesKey();

  /**
   * The columns the database fills in on insert when the object leaves them unset: a generated key
   * and columns with a database-side default, in declaration order. Their positions here are the
   * bits of the masks below.
   */
  public abstract List<Column<T, ?>> databaseFilled();

  /**
   * The table as DDL needs it, in no dialect's terms: column names and types, the key, constraints,
   * indexes and defaults. Generated tables build it on each call rather than hold it, as only DDL
   * needs it: a table loaded for queries costs nothing more for it.
   */
  public abstract TableSchema schema();

  /** {@code CREATE TABLE IF NOT EXISTS ...}, then its {@code CREATE INDEX} statements, in the dialect's SQL. */
  public final List<String> createSql(Dialect dialect) {
    TableSchema schema = schema();
    List<String> statements = new ArrayList<>();
    statements.add(dialect.createTableSql(schema));
    statements.addAll(dialect.createIndexSql(schema));
    return statements;
  }

  /** {@code DROP TABLE IF EXISTS ...}, which drops the indexes too. */
  public final String dropSql(Dialect dialect) {
    return dialect.dropTableSql(name);
  }

  /** Reads a model object from a row holding every column, in declaration order, from index 1. */
  public abstract T read(Row row) throws SQLException;

  /**
   * The object with the values of a row holding every column, as {@link #read} takes it: here a
   * new one, as an immutable object cannot change. Generated tables of mutable classes override
   * this to update the object itself, and read by refreshing a new object.
   */
  public T refresh(T entity, Row row) throws SQLException {
    return read(row);
  }

  /** The object's key, or {@code null} while it has none (a primitive generated key of 0 counts as none). */
  public abstract Object key(T entity);

  /**
   * Which of the {@link #databaseFilled()} columns the object leaves unset (null, or 0 for a
   * primitive generated key), as a bit mask: an insert leaves them to the database.
   */
  public abstract long unsetDatabaseFilled(T entity);

  /**
   * Gives the object the values the database filled in, read in order from index 1 of {@code
   * row}, one per bit of {@code filled}. Returns the same object for a mutable class, and a copy
   * for an immutable one.
   */
  public abstract T withDatabaseFilled(T entity, long filled, Row row) throws SQLException;

  /** Undoes {@link #withDatabaseFilled} on a mutable object whose insert was rolled back. */
  public abstract void clearDatabaseFilled(T entity, long filled);

  /** The value of one column of the object, boxed, as the SQL echo shows it. */
  public abstract Object value(T entity, int column);

  /**
   * The object's column values as they are now, for a session to find later what changed: an
   * instance of the generated {@code Snapshot} subclass of this table.
   */
  public abstract Snapshot<T> snapshot(T entity);

  /** Binds one column of the object as the parameter at {@code index}. */
  public abstract void bind(Params params, int index, T entity, int column) throws SQLException;

  /** Binds a key, as {@link #key} returns it, as the parameters from {@code index}, part by part. */
  public abstract void bindKey(Params params, int index, Object key) throws SQLException;

  /**
   * The column counting the row's updates, the model's {@code @Version} field, or null when the
   * model has none. A session increments it on every update and checks it in the {@code WHERE} of
   * every update and delete. Generated tables of versioned models override this.
   */
  public Column<T, ?> versionColumn() {
    return null;
  }

  /**
   * The object with its {@link #versionColumn() version} set to {@code version}: the same object,
   * updated, for a mutable class; a copy, built through its constructor, for a record or another
   * immutable class. Generated tables of versioned models override this.
   *
   * @throws UnsupportedOperationException if the model has no version
   * @throws ArithmeticException if the version is an {@code int} or {@code Integer} and {@code
   *     version} does not fit in one
   */
  public T withVersion(T entity, long version) {
    throw new UnsupportedOperationException("Table " + name + " has no @Version column");
  }

  /** The key of a row holding every column, in declaration order, from index 1. */
  public final Object readKey(Row row) throws SQLException {
    List<Column<T, ?>> key = primaryKey();
    if (key.size() == 1) {
      return key.get(0).type().read(row, key.get(0).index() + 1);
    }
    Object[] parts = new Object[key.size()];
    for (int i = 0; i < parts.length; i++) {
      parts[i] = key.get(i).type().read(row, key.get(i).index() + 1);
    }
    return CompositeKey.of(parts);
  }

  /** {@code SELECT} every column, each row read as a model object; run it on a {@code Connection}. */
  public final Select<T, T> select() {
    return Select.rows(this, null);
  }

  /** {@code SELECT} one value per row, such as {@code NAME} or {@code Aggregate.countRows()}. */
  public final <A> Select<T, A> select(Expression<T, A> a) {
    return Select.values(this, null, a);
  }

  public final <A, B> Select<T, Row2<A, B>> select(Expression<T, A> a, Expression<T, B> b) {
    return Select.values(this, null, a, b);
  }

  public final <A, B, C> Select<T, Row3<A, B, C>> select(
      Expression<T, A> a, Expression<T, B> b, Expression<T, C> c) {
    return Select.values(this, null, a, b, c);
  }

  public final <A, B, C, D> Select<T, Row4<A, B, C, D>> select(
      Expression<T, A> a, Expression<T, B> b, Expression<T, C> c, Expression<T, D> d) {
    return Select.values(this, null, a, b, c, d);
  }

  /**
   * {@code COUNT(*)} over this table's rows, typed for it, so that it also works where Java cannot
   * infer the model: {@code having(UserTable.TABLE.countRows().ge(2L))}.
   */
  public final Aggregate<T, Long> countRows() {
    return Aggregate.countRows();
  }

  /** {@code INSERT} one row, column by column: {@code insert().set(NAME, "bob")}. */
  public final Insert<T> insert() {
    return new Insert<>(this);
  }

  public final Update<T> update() {
    return new Update<>(this);
  }

  public final Delete<T> delete() {
    return new Delete<>(this);
  }

  /**
   * The column with this name, for queries built from user input such as a sort key named in a
   * request: an unknown name gives an empty result, never SQL. Generated tables offer it as a
   * static {@code column(name)}.
   */
  public final Optional<Column<T, ?>> findColumn(String name) {
    for (Column<T, ?> column : columns()) {
      if (column.name().equals(name)) {
        return Optional.of(column);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return name;
  }
}
