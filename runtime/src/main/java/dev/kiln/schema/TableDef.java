package dev.kiln.schema;

import dev.kiln.dialect.Dialect;
import dev.kiln.jdbc.Params;
import dev.kiln.jdbc.Row;
import dev.kiln.query.Column;
import java.sql.SQLException;
import java.util.List;

/**
 * A model's table: its columns, its DDL, and the code that moves a model object to and from JDBC.
 * The annotation processor generates one subclass per model ({@code UserTable} for {@code User});
 * the runtime works through these methods and never reflects on the model.
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

  public abstract Column<T, ?> primaryKey();

  /** Whether the database generates the key of a row inserted without one. */
  public abstract boolean generatesKey();

  /** {@code CREATE TABLE IF NOT EXISTS ...} for the dialect. */
  public abstract String createTableSql(Dialect dialect);

  /** {@code DROP TABLE IF EXISTS ...} for the dialect. */
  public abstract String dropTableSql(Dialect dialect);

  /** Reads a model object from a row holding every column, in declaration order, from index 1. */
  public abstract T read(Row row) throws SQLException;

  /** The object's primary key, or {@code null} while it has none (a primitive key of 0 counts as none). */
  public abstract Object key(T entity);

  /**
   * Gives the object the key the database generated, read from column 1 of {@code row}. Returns
   * the same object for a mutable class, and a copy carrying the key for a record.
   */
  public abstract T withGeneratedKey(T entity, Row row) throws SQLException;

  /** Undoes {@link #withGeneratedKey} on a mutable object whose insert was rolled back. */
  public abstract void clearGeneratedKey(T entity);

  /** The value of one column of the object, boxed; used to snapshot and compare loaded objects. */
  public abstract Object value(T entity, int column);

  /** Binds one column of the object as the parameter at {@code index}. */
  public abstract void bind(Params params, int index, T entity, int column) throws SQLException;

  /** Binds a primary key value, as {@link #key} returns it, as the parameter at {@code index}. */
  public abstract void bindKey(Params params, int index, Object key) throws SQLException;

  @Override
  public String toString() {
    return name;
  }
}
