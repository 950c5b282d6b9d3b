package dev.kiln.dialect;

import dev.kiln.error.KilnException;
import dev.kiln.jdbc.Params;
import dev.kiln.jdbc.Row;
import dev.kiln.query.SqlBuilder;
import dev.kiln.schema.ColumnSchema;
import dev.kiln.schema.SqlType;
import dev.kiln.schema.TableSchema;
import dev.kiln.schema.ValueType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * Everything that differs between databases, answered in one place: identifier quoting, type
 * names and DDL, value storage formats, paging syntax and error translation. The annotation
 * processor calls the DDL methods at compile time; the runtime calls the rest.
 */
public abstract class Dialect {
  /** The dialects Kiln knows; generated code switches over these. */
  public enum Kind {
    SQLITE,
    POSTGRESQL
  }

  private static final Dialect SQLITE = new SqliteDialect();
  private static final Dialect POSTGRESQL = new PostgresDialect();

  public static Dialect sqlite() {
    return SQLITE;
  }

  public static Dialect postgresql() {
    return POSTGRESQL;
  }

  public static List<Dialect> all() {
    return List.of(SQLITE, POSTGRESQL);
  }

  public abstract Kind kind();

  /** The identifier in double quotes, embedded quotes doubled (standard SQL). */
  public String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  /** The dialect's name for a column type. */
  protected abstract String typeName(SqlType type, int length);

  /** The whole definition of a primary key column whose value the database generates. */
  protected abstract String generatedKeyDefinition(ColumnSchema column);

  /** Whether a non-generated primary key needs an explicit {@code NOT NULL} to refuse nulls. */
  protected abstract boolean primaryKeyNeedsNotNull();

  public final String createTableSql(TableSchema table) {
    StringBuilder sql = new StringBuilder("CREATE TABLE IF NOT EXISTS ");
    sql.append(quote(table.name())).append(" (");
    String separator = "";
    for (ColumnSchema column : table.columns()) {
      sql.append(separator).append(quote(column.name())).append(' ');
      separator = ", ";
      if (column.generated()) {
        sql.append(generatedKeyDefinition(column));
        continue;
      }
      sql.append(typeName(column.type(), column.length()));
      if (column.primaryKey()) {
        sql.append(primaryKeyNeedsNotNull() ? " NOT NULL PRIMARY KEY" : " PRIMARY KEY");
      } else if (!column.nullable()) {
        sql.append(" NOT NULL");
      }
    }
    for (ColumnSchema column : table.columns()) {
      if (column.unique() && !column.primaryKey()) {
        sql.append(", CONSTRAINT ")
            .append(quote(uniqueConstraintName(table, column)))
            .append(" UNIQUE (")
            .append(quote(column.name()))
            .append(')');
      }
    }
    return sql.append(')').toString();
  }

  public final String dropTableSql(TableSchema table) {
    return "DROP TABLE IF EXISTS " + quote(table.name());
  }

  /** PostgreSQL's own convention, {@code <table>_<column>_key}, used on every dialect. */
  private static String uniqueConstraintName(TableSchema table, ColumnSchema column) {
    return table.name() + "_" + column.name() + "_key";
  }

  /** Appends {@code LIMIT} and {@code OFFSET}, with their values bound; either may be null. */
  public void appendLimitOffset(SqlBuilder sql, Integer limit, Integer offset) {
    if (limit != null) {
      sql.append(" LIMIT ").value(ValueType.INTEGER, limit);
    }
    if (offset != null) {
      sql.append(" OFFSET ").value(ValueType.INTEGER, offset);
    }
  }

  /**
   * How a column or placeholder of this type is written where values are compared or sorted. By
   * default as it is; a dialect that stores a type in a form that does not compare like the value
   * wraps it.
   */
  public String comparable(String operand, ValueType<?> type) {
    return operand;
  }

  /**
   * SQL that moves the table's key generator past every key in the table, run after rows were
   * inserted with keys the application chose; null if the dialect needs none. Its two parameters
   * are the quoted table name and the key column's name, both as strings.
   */
  public String keyGeneratorResync(String table, String keyColumn) {
    return null;
  }

  public abstract Row row(ResultSet resultSet);

  public abstract Params params(PreparedStatement statement);

  /** Turns a driver exception into Kiln's typed hierarchy, keeping what the database said. */
  public abstract KilnException translate(SQLException exception, String sql);

  @Override
  public String toString() {
    return kind().name().toLowerCase(Locale.ROOT);
  }
}
