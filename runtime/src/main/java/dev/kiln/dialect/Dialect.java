package dev.kiln.dialect;

import dev.kiln.Isolation;
import dev.kiln.annotation.OnDelete;
import dev.kiln.error.KilnException;
import dev.kiln.jdbc.Params;
import dev.kiln.jdbc.Row;
import dev.kiln.query.Expression;
import dev.kiln.query.Lock;
import dev.kiln.query.Order;
import dev.kiln.query.SqlBuilder;
import dev.kiln.query.TextMatch;
import dev.kiln.schema.ColumnSchema;
import dev.kiln.schema.SqlType;
import dev.kiln.schema.TableSchema;
import dev.kiln.schema.ValueType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * Everything that differs between databases, answered in one place: identifier quoting, type
 * names and DDL, value storage formats, paging syntax and error translation. Generated code names
 * no dialect: a table describes itself once ({@link TableSchema}), and the dialect of each {@code
 * Database} renders its DDL at run time.
 */
public abstract class Dialect {
  /** The dialects Kiln knows. */
  public enum Kind {
    SQLITE,
    POSTGRESQL,
    MARIADB
  }

  private static final Dialect SQLITE = new SqliteDialect();
  private static final Dialect POSTGRESQL = new PostgresDialect();
  private static final Dialect MARIADB = new MariaDbDialect();

  public static Dialect sqlite() {
    return SQLITE;
  }

  public static Dialect postgresql() {
    return POSTGRESQL;
  }

  /** MariaDB 10.6 or later (for {@code RETURNING}, {@code NOWAIT} and {@code SKIP LOCKED}); MySQL through it. */
  public static Dialect mariadb() {
    return MARIADB;
  }

  public abstract Kind kind();

  /** The identifier in double quotes, embedded quotes doubled (standard SQL). */
  public String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  /** The dialect's name for the column's type. */
  protected abstract String typeName(ColumnSchema column);

  /**
   * Whether a column the database's catalog reports with this type (JDBC's {@code TYPE_NAME},
   * {@code COLUMN_SIZE} and {@code DECIMAL_DIGITS}) is what {@link #createTableSql} declares for
   * {@code column}: the same type, and the same length or precision where the column has one.
   */
  public final boolean storesType(ColumnSchema column, String reportedType, int size, int digits) {
    String declared = typeName(column).toLowerCase(Locale.ROOT);
    int end = declared.length();
    for (String stop : new String[] {"(", " collate "}) {
      int at = declared.indexOf(stop);
      end = at >= 0 ? Math.min(end, at) : end;
    }
    if (!catalogTypeName(reportedType.toLowerCase(Locale.ROOT)).equals(declared.substring(0, end))) {
      return false;
    }
    // A length or precision is compared where the declared type spells one: VARCHAR(80), NUMERIC(10, 2).
    int open = declared.indexOf('(');
    if (open < 0 || (column.type() != SqlType.VARCHAR && column.type() != SqlType.DECIMAL)) {
      return true;
    }
    String[] numbers = declared.substring(open + 1, declared.indexOf(')')).split(",");
    return size == Integer.parseInt(numbers[0].strip())
        && (numbers.length == 1 || digits == Integer.parseInt(numbers[1].strip()));
  }

  /** The column's type as {@link #createTableSql} declares it, such as {@code VARCHAR(80)}. */
  public final String columnTypeSql(ColumnSchema column) {
    return typeName(column);
  }

  /** Whether DDL runs inside a transaction, and a rollback takes it back. */
  public boolean transactionalDdl() {
    return true;
  }

  /** Whether a foreign key the catalog reports with this delete rule does what {@code declared} asks. */
  public boolean storesOnDelete(OnDelete declared, OnDelete reported) {
    return declared == reported;
  }

  /** The SQL for the column's default value: its expression, or the dialect's current time. */
  public final String defaultSql(ColumnSchema column) {
    return column.defaultValue().isNow() ? currentTime(column) : column.defaultValue().sql();
  }

  /** The name {@link #typeName} uses (lower case, without length) for a type name the catalog reports. */
  protected String catalogTypeName(String reported) {
    return reported;
  }

  /** The whole definition of a primary key column whose value the database generates. */
  protected abstract String generatedKeyDefinition(ColumnSchema column);

  /**
   * The default for a column filled with the time of the insert, in the form the dialect stores
   * the column's type.
   */
  protected abstract String currentTime(ColumnSchema column);

  /** What follows a {@code CREATE TABLE}'s column list: the table's storage options. By default none. */
  protected String tableOptions() {
    return "";
  }

  /**
   * {@code CREATE TABLE IF NOT EXISTS}, with the key, unique and check constraints. A single
   * generated key is declared on its column, the way each dialect generates it; any other key is a
   * table constraint whose columns are also declared {@code NOT NULL}, which SQLite needs.
   */
  public final String createTableSql(TableSchema table) {
    StringBuilder sql = new StringBuilder("CREATE TABLE IF NOT EXISTS ");
    sql.append(quote(table.name())).append(" (");
    String separator = "";
    for (ColumnSchema column : table.columns()) {
      sql.append(separator).append(columnDefinition(table, column, true));
      separator = ", ";
    }
    boolean keyDeclaredOnColumn =
        table.columns().stream().anyMatch(ColumnSchema::generated);
    if (!keyDeclaredOnColumn && !table.primaryKey().isEmpty()) {
      sql.append(", CONSTRAINT ").append(quote(table.name() + "_pkey"));
      sql.append(" PRIMARY KEY ").append(columnList(table.primaryKey()));
    }
    for (TableSchema.Constraint unique : table.uniqueConstraints()) {
      sql.append(", ").append(constraintSql(unique));
    }
    for (TableSchema.Check check : table.checks()) {
      sql.append(", ").append(constraintSql(check));
    }
    for (TableSchema.ForeignKey foreignKey : table.foreignKeys()) {
      sql.append(", ").append(constraintSql(foreignKey));
    }
    return sql.append(')').append(tableOptions()).toString();
  }

  /** {@code CONSTRAINT "name" UNIQUE ("a", "b")}, as a table's definition or {@code ADD} states it. */
  public final String constraintSql(TableSchema.Constraint unique) {
    return "CONSTRAINT " + quote(unique.name()) + " UNIQUE " + columnList(unique.columns());
  }

  /** {@code CONSTRAINT "name" CHECK (condition)}. */
  public final String constraintSql(TableSchema.Check check) {
    return "CONSTRAINT " + quote(check.name()) + " CHECK (" + check.condition() + ")";
  }

  /** {@code CONSTRAINT "name" FOREIGN KEY ("a") REFERENCES "t" ("id") [ON DELETE ...]}. */
  public final String constraintSql(TableSchema.ForeignKey foreignKey) {
    String sql = "CONSTRAINT " + quote(foreignKey.name()) + " FOREIGN KEY " + columnList(foreignKey.columns())
        + " REFERENCES " + quote(foreignKey.targetTable()) + " " + columnList(foreignKey.targetColumns());
    return foreignKey.onDelete() == OnDelete.NO_ACTION ? sql
        : sql + " ON DELETE " + foreignKey.onDelete().name().replace('_', ' ');
  }

  /**
   * {@code ALTER TABLE ... DROP ...} for a named constraint of this kind: SQL's {@code DROP
   * CONSTRAINT}. MariaDB names the kind.
   */
  public String dropConstraintSql(String table, TableSchema.NamedConstraint constraint) {
    return "ALTER TABLE " + quote(table) + " DROP CONSTRAINT IF EXISTS " + quote(constraint.name());
  }

  /** {@code ALTER TABLE ... ADD CONSTRAINT ...}: a named constraint added to a table that exists. */
  public final String addConstraintSql(String table, TableSchema.NamedConstraint constraint) {
    return "ALTER TABLE " + quote(table) + " ADD " + constraintSql(constraint);
  }

  /** {@code CONSTRAINT ...} for any named constraint. */
  public final String constraintSql(TableSchema.NamedConstraint constraint) {
    if (constraint instanceof TableSchema.Constraint unique) {
      return constraintSql(unique);
    } else if (constraint instanceof TableSchema.Check check) {
      return constraintSql(check);
    }
    return constraintSql((TableSchema.ForeignKey) constraint);
  }

  /**
   * A column's name and definition: type, {@code NOT NULL}, default. A default is parenthesized in
   * a {@code CREATE TABLE}, where it may be an expression, and bare where SQLite's {@code ADD
   * COLUMN} takes only a constant.
   */
  public final String columnDefinition(TableSchema table, ColumnSchema column, boolean expressionDefault) {
    StringBuilder sql = new StringBuilder(quote(column.name())).append(' ');
    if (column.generated()) {
      return sql.append(generatedKeyDefinition(column)).toString();
    }
    sql.append(typeName(column));
    if (!column.nullable() || table.primaryKey().contains(column.name())) {
      sql.append(" NOT NULL");
    }
    if (column.defaultValue() != null) {
      String value = defaultSql(column);
      sql.append(expressionDefault ? " DEFAULT (" + value + ")" : " DEFAULT " + value);
    }
    return sql.toString();
  }

  /**
   * {@code ALTER TABLE ... ADD COLUMN}: the column must be nullable or have a constant default
   * (SQLite refuses others, and a NOT NULL column without one fails on a table with rows).
   */
  public final String addColumnSql(TableSchema table, ColumnSchema column) {
    return "ALTER TABLE " + quote(table.name()) + " ADD COLUMN " + columnDefinition(table, column, false);
  }

  /** {@code ALTER TABLE ... RENAME COLUMN}: the data and the indexes on it stay. */
  public final String renameColumnSql(String table, String from, String to) {
    return "ALTER TABLE " + quote(table) + " RENAME COLUMN " + quote(from) + " TO " + quote(to);
  }

  /** {@code ALTER TABLE ... DROP COLUMN}, data and all; drop its indexes first (SQLite requires it). */
  public final String dropColumnSql(String table, String column) {
    return "ALTER TABLE " + quote(table) + " DROP COLUMN " + quote(column);
  }

  /** {@code DROP INDEX}: SQL's form, by name alone. */
  public String dropIndexSql(String table, String index) {
    return "DROP INDEX IF EXISTS " + quote(index);
  }

  /** {@code CREATE [UNIQUE] INDEX IF NOT EXISTS}, one statement per index. */
  public final List<String> createIndexSql(TableSchema table) {
    return table.indexes().stream().map(index -> createIndexSql(table.name(), index)).toList();
  }

  public final String createIndexSql(String table, TableSchema.Index index) {
    return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX IF NOT EXISTS " + quote(index.name())
        + " ON " + quote(table) + " " + columnList(index.columns());
  }

  /**
   * Whether declaring a foreign key requires its table to exist already (PostgreSQL and MariaDB
   * check; SQLite checks references only when rows are written).
   */
  public boolean checksReferencedTablesAtCreation() {
    return true;
  }

  /**
   * The statement that makes the current transaction check foreign keys at its commit instead of
   * at each statement, for a dialect that does not {@link #checksReferencedTablesAtCreation}.
   */
  public String checkForeignKeysAtCommitSql() {
    throw new UnsupportedOperationException(kind() + " adds foreign keys between tables that refer to each other by ALTER TABLE");
  }

  /** Dropping the table drops its indexes and constraints with it. */
  public final String dropTableSql(String table) {
    return "DROP TABLE IF EXISTS " + quote(table);
  }

  private String columnList(List<String> columns) {
    StringBuilder list = new StringBuilder("(");
    for (String column : columns) {
      list.append(list.length() == 1 ? "" : ", ").append(quote(column));
    }
    return list.append(')').toString();
  }

  /** Appends {@code LIMIT} and {@code OFFSET}, with their values bound; either may be null. */
  public final void appendLimitOffset(SqlBuilder sql, Integer limit, Integer offset) {
    if (limit != null) {
      sql.append(" LIMIT ").value(ValueType.INTEGER, limit);
    } else if (offset != null && noLimit() != null) {
      sql.append(" LIMIT ").append(noLimit());
    }
    if (offset != null) {
      sql.append(" OFFSET ").value(ValueType.INTEGER, offset);
    }
  }

  /**
   * The {@code LIMIT} that means none, for a dialect that accepts {@code OFFSET} only after a
   * {@code LIMIT}; null where {@code OFFSET} may stand alone.
   */
  protected String noLimit() {
    return null;
  }

  /**
   * Readies a connection Kiln opened (or took from the application's DataSource) for Kiln's SQL,
   * once per physical connection. By default nothing.
   */
  public void prepareConnection(Connection connection) throws SQLException {}

  /** Appends {@code (left operator right)}, parenthesised so that nesting keeps its meaning. */
  public void appendArithmetic(SqlBuilder sql, Expression<?, ?> left, String operator, Expression<?, ?> right) {
    sql.append("(");
    left.render(sql);
    sql.append(operator);
    right.render(sql);
    sql.append(")");
  }

  /**
   * Appends the aggregate function over the argument ({@code COUNT(*)} when it is null).
   *
   * @param type the aggregate's result type
   */
  public void appendAggregate(SqlBuilder sql, String function, Expression<?, ?> argument, boolean distinct, ValueType<?> type) {
    sql.append(function).append("(");
    if (argument == null) {
      sql.append("*");
    } else {
      if (distinct) {
        sql.append("DISTINCT ");
      }
      argument.render(sql);
    }
    sql.append(")");
  }

  /**
   * Appends one sort key, with SQL's {@code NULLS FIRST} or {@code NULLS LAST} when it asks where
   * nulls go (SQLite has them since 3.30, PostgreSQL always).
   */
  public void appendOrder(SqlBuilder sql, Order<?> order) {
    order.expression().render(sql);
    sql.append(order.descending() ? " DESC" : " ASC");
    switch (order.nulls()) {
      case FIRST -> sql.append(" NULLS FIRST");
      case LAST -> sql.append(" NULLS LAST");
      case DEFAULT -> {}
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
   * Appends {@code value [NOT] LIKE pattern}, ignoring case when asked. Standard SQL has no
   * case-insensitive LIKE; by default both sides are lower-cased (which SQLite does for ASCII only).
   */
  public void appendLike(
      SqlBuilder sql, Expression<?, String> value, Expression<?, String> pattern, boolean negated, boolean ignoreCase) {
    String operator = negated ? " NOT LIKE " : " LIKE ";
    if (ignoreCase) {
      sql.append("lower(");
      value.render(sql);
      sql.append(")").append(operator).append("lower(");
      pattern.render(sql);
      sql.append(")");
    } else {
      value.render(sql);
      sql.append(operator);
      pattern.render(sql);
    }
  }

  /**
   * Appends {@code startsWith}, {@code endsWith} or {@code contains}: whether the value holds the
   * text, as plain text, where the match says. By default as the equivalent LIKE ({@link
   * TextMatch#like()}).
   */
  public void appendTextMatch(SqlBuilder sql, TextMatch<?> match) {
    match.like().render(sql);
  }

  /**
   * SQL that moves the table's key generator past every key in the table, run after rows were
   * inserted with keys the application chose; null if the dialect needs none. Its two parameters
   * are the quoted table name and the key column's name, both as strings.
   */
  public String keyGeneratorResync(String table, String keyColumn) {
    return null;
  }

  /** Runs one statement of transaction control (BEGIN, COMMIT, SAVEPOINT ...) on a connection. */
  @FunctionalInterface
  public interface ControlStatements {
    void execute(String sql) throws SQLException;
  }

  /**
   * Begins a transaction on a connection that Kiln holds in autocommit mode.
   *
   * @param isolation the level asked for, or null for the database's default
   * @param readOnly whether the transaction may only read
   * @param write whether it begins because it is about to write or lock: SQLite then takes its
   *     write lock at once, so that writers queue on the busy timeout instead of failing later
   */
  public abstract void begin(
      Connection connection, ControlStatements control, Isolation isolation, boolean readOnly, boolean write)
      throws SQLException;

  /**
   * Commits the transaction {@link #begin} began and returns the connection to autocommit. By
   * default with a {@code COMMIT} statement, for a dialect that begins by statement and so never
   * leaves JDBC's autocommit mode.
   */
  public void commit(Connection connection, ControlStatements control) throws SQLException {
    control.execute("COMMIT");
  }

  /** Rolls back the transaction {@link #begin} began and returns the connection to autocommit; as {@link #commit}. */
  public void rollback(Connection connection, ControlStatements control) throws SQLException {
    control.execute("ROLLBACK");
  }

  /**
   * Appends the row lock to a SELECT. By default as SQL's {@code FOR UPDATE} clause; a dialect
   * without row locks takes a lock when its transaction begins instead ({@link
   * #locksWhenTransactionBegins}).
   */
  public void appendLock(SqlBuilder sql, Lock lock) {
    sql.append(lock.sql());
  }

  /**
   * Whether a transaction that will lock rows must take its lock as it begins, because the
   * database has no row locks: SQLite's {@code BEGIN IMMEDIATE}.
   */
  public boolean locksWhenTransactionBegins() {
    return false;
  }

  /** What follows {@code INSERT INTO "t"} to insert a row of defaults: standard SQL's form. */
  public String defaultValues() {
    return " DEFAULT VALUES";
  }

  /**
   * Whether {@code UPDATE ... RETURNING} exists, with which a bulk update hands back the rows it
   * changed; without it a session re-reads the rows it holds after the update.
   */
  public boolean returnsFromUpdate() {
    return true;
  }

  /**
   * The most rows one INSERT should carry when each row binds {@code parametersPerRow} values: one
   * where a statement per row costs no more, or as many as the database accepts where one
   * statement for many rows saves round trips.
   */
  public abstract int maxInsertRows(int parametersPerRow);

  public abstract Row row(ResultSet resultSet);

  public abstract Params params(PreparedStatement statement);

  /**
   * Whether a list of keys of this type can be bound as one parameter ({@link #keyListMatch}): one
   * statement shape and one parameter however many keys a relationship loads. Where not, keys go
   * in {@code IN} lists of one parameter each.
   */
  public boolean bindsKeyLists(SqlType type) {
    return false;
  }

  /** The condition that a column holds one of the keys bound as one parameter, such as {@code "id" = ANY(?)}. */
  public String keyListMatch(String quotedColumn) {
    throw new UnsupportedOperationException("This dialect binds keys one parameter each");
  }

  /** Binds keys of a type {@link #bindsKeyLists} accepts as the one parameter of {@link #keyListMatch}. */
  public void bindKeyList(Params params, int index, SqlType type, Object[] keys) throws SQLException {
    throw new UnsupportedOperationException("This dialect binds keys one parameter each");
  }

  /** Turns a driver exception into Kiln's typed hierarchy, keeping what the database said. */
  public abstract KilnException translate(SQLException exception, String sql);

  @Override
  public String toString() {
    return kind().name().toLowerCase(Locale.ROOT);
  }
}
