package dev.kiln.schema;

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
import dev.kiln.relation.Join;
import dev.kiln.relation.Relation;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A model's table: its columns, its schema, and the code that moves a model object to and from JDBC.
 * The annotation processor generates one subclass per model ({@code UserTable} for {@code User}),
 * which keeps only what it alone can do without reflection: describe the table, construct an
 * object, read and write its fields. Everything else is here and in the session layer.
 *
 * <p>A row's key is the value of its primary key column or, for a key of several columns, a
 * {@link CompositeKey} of their values.
 *
 * @param <T> the model type
 */
public abstract class TableDef<T> {
  private final String name;
  private final Class<T> modelType;
  private final boolean finalValues;
  /** The columns as their constants are created, during the generated class's initialization. */
  private final List<Column<T, ?>> declared = new ArrayList<>();
  /** The relationships as their constants are created, after the columns. */
  private final List<Relation<T, ?>> relations = new ArrayList<>();
  private final List<Relation<T, ?>> relationsView = Collections.unmodifiableList(relations);
  /** Derived on first use, once every column is declared; immutable, so safely shared. */
  private TableLayout<T> layout;

  /** A table of a mutable model, whose objects a session compares with copies of their values. */
  protected TableDef(String name, Class<T> modelType) {
    this(name, modelType, false);
  }

  /**
   * @param finalValues whether an object's column values can never change (a record, or a class
   *     whose stored fields are all final): a session then keeps the object itself to compare with,
   *     not a copy of its values
   */
  protected TableDef(String name, Class<T> modelType, boolean finalValues) {
    this.name = name;
    this.modelType = modelType;
    this.finalValues = finalValues;
  }

  /** The table's name, unquoted. */
  public final String name() {
    return name;
  }

  /** The model class; sessions use it to find the table of an object they are given. */
  public final Class<T> modelType() {
    return modelType;
  }

  /** Whether an object's column values can never change, so that it is its own snapshot. */
  public final boolean finalValues() {
    return finalValues;
  }

  /**
   * Adds a column; each {@link Column} calls it as it is created, in declaration order, which is
   * how a generated table lists its columns without a list of its own.
   *
   * @throws IllegalStateException if the column is not the next one, or the table is in use
   */
  public final void declare(Column<T, ?> column) {
    if (layout != null || column.table() != this || column.index() != declared.size()) {
      throw new IllegalStateException(
          "Column " + column.name() + " of " + name + " must be declared in order, as its table's class initializes");
    }
    declared.add(column);
  }

  /**
   * Adds a relationship; each {@link Relation} calls it as it is created, in declaration order.
   *
   * @throws IllegalStateException if the relationship is not the next one
   */
  public final void declare(Relation<T, ?> relation) {
    if (relation.table() != this || relation.index() != relations.size()) {
      throw new IllegalStateException(
          "Relationship " + relation.name() + " of " + name + " must be declared in order, as its table's class initializes");
    }
    relations.add(relation);
  }

  /** The model's relationships ({@code @ManyToOne}, {@code @OneToMany}), in declaration order. */
  public final List<Relation<T, ?>> relations() {
    return relationsView;
  }

  /**
   * The object's holder of a relationship: the {@code ToOne} or {@code ToMany} of the relationship
   * at this place in {@link #relations()}. Generated tables of models with relationships override it.
   *
   * @throws IndexOutOfBoundsException if the model has no such relationship
   */
  public Object related(T entity, int relation) {
    throw new IndexOutOfBoundsException(relation);
  }

  private TableLayout<T> layout() {
    TableLayout<T> derived = layout;
    if (derived == null) {
      derived = TableLayout.of(declared, schema());
      layout = derived;
    }
    return derived;
  }

  /** Every column, in declaration order; a column's {@link Column#index()} is its place here. */
  public final List<Column<T, ?>> columns() {
    return layout().columns();
  }

  /** The primary key's columns, in key order: one, or several for a composite key. */
  public final List<Column<T, ?>> primaryKey() {
    return layout().primaryKey();
  }

  /** Whether the database generates the key of a row inserted without one. */
  public final boolean generatesKey() {
    return layout().generatesKey();
  }

  /**
   * The columns the database fills in on insert when the object leaves them unset: a generated key
   * and columns with a database-side default, in declaration order. Their positions here are the
   * bits of the masks below.
   */
  public final List<Column<T, ?>> databaseFilled() {
    return layout().databaseFilled();
  }

  /**
   * The column counting the row's updates, the model's {@code @Version} field, or null when the
   * model has none. A session increments it on every update and checks it in the {@code WHERE} of
   * every update and delete.
   */
  public final Column<T, ?> versionColumn() {
    return layout().version();
  }

  /**
   * The table in no dialect's terms: column names and types, the key, the version, constraints,
   * indexes and defaults; DDL renders it, and the runtime derives its column facts from it once.
   * Generated tables build it on each call rather than hold it.
   */
  public abstract TableSchema schema();

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
   * primitive), as a bit mask: an insert leaves them to the database.
   */
  public long unsetDatabaseFilled(T entity) {
    return 0;
  }

  /** Every column's value, boxed, in declaration order: what a session compares and the echo shows. */
  public abstract Object[] values(T entity);

  /** The value of one column of the object, boxed; for the odd lookup, as it builds every value. */
  public final Object value(T entity, int column) {
    return values(entity)[column];
  }

  /**
   * The object with one column set: the same object, changed, for a mutable class; a copy for an
   * immutable one. Generated tables write the database-filled and version columns this way (null
   * sets a primitive to 0); no other column is ever set.
   *
   * @throws UnsupportedOperationException for any other column
   */
  protected T with(T entity, int column, Object value) {
    throw new UnsupportedOperationException("Column " + column + " of " + name + " is never set by Kiln");
  }

  /**
   * Gives the object the values the database filled in, read in order from index 1 of {@code
   * row}, one per bit of {@code filled}. Returns the same object for a mutable class, and a copy
   * for an immutable one.
   */
  public final T withDatabaseFilled(T entity, long filled, Row row) throws SQLException {
    List<Column<T, ?>> columns = databaseFilled();
    int index = 1;
    T result = entity;
    for (int bit = 0; bit < columns.size(); bit++) {
      if ((filled & (1L << bit)) != 0) {
        Column<T, ?> column = columns.get(bit);
        result = with(result, column.index(), column.type().read(row, index++));
      }
    }
    return result;
  }

  /** Undoes {@link #withDatabaseFilled} on a mutable object whose insert was rolled back. */
  public final void clearDatabaseFilled(T entity, long filled) {
    if (finalValues) {
      return; // never changed: its Ref forgets the filled copy instead
    }
    List<Column<T, ?>> columns = databaseFilled();
    for (int bit = 0; bit < columns.size(); bit++) {
      if ((filled & (1L << bit)) != 0) {
        with(entity, columns.get(bit).index(), null);
      }
    }
  }

  /**
   * The object with its {@link #versionColumn() version} set to {@code version}: the same object,
   * updated, for a mutable class; a copy for a record or another immutable class.
   *
   * @throws UnsupportedOperationException if the model has no version
   * @throws ArithmeticException if the version is an {@code int} or {@code Integer} and {@code
   *     version} does not fit in one
   */
  public final T withVersion(T entity, long version) {
    Column<T, ?> column = versionColumn();
    if (column == null) {
      throw new UnsupportedOperationException("Table " + name + " has no @Version column");
    }
    Object value = column.type() == ValueType.INTEGER ? (Object) Math.toIntExact(version) : (Object) version;
    return with(entity, column.index(), value);
  }

  /** Binds one column of the object as the parameter at {@code index}. */
  public abstract void bind(Params params, int index, T entity, int column) throws SQLException;

  /** Binds a key, as {@link #key} returns it, as the parameters from {@code index}, part by part. */
  public abstract void bindKey(Params params, int index, Object key) throws SQLException;

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

  /**
   * This table joined along one of its relationships, for selecting values of both: {@code
   * BookTable.TABLE.join(BookTable.AUTHOR).select(BookTable.TITLE, AuthorTable.NAME)}; run the select
   * on a {@code Connection}. Rows without a match are left out.
   */
  public final Join<T> join(Relation<T, ?> relation) {
    return new Join<>(this, null).join(relation);
  }

  /** As {@link #join}, keeping rows without a match, with nulls for the other table's columns. */
  public final Join<T> leftJoin(Relation<T, ?> relation) {
    return new Join<>(this, null).leftJoin(relation);
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
