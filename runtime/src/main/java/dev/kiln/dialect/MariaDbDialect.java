package dev.kiln.dialect;

import dev.kiln.Isolation;
import dev.kiln.annotation.OnDelete;
import dev.kiln.error.KilnException;
import dev.kiln.jdbc.Params;
import dev.kiln.jdbc.Row;
import dev.kiln.query.Expression;
import dev.kiln.query.Order;
import dev.kiln.query.SqlBuilder;
import dev.kiln.query.TextMatch;
import dev.kiln.schema.ColumnSchema;
import dev.kiln.schema.TableSchema;
import dev.kiln.schema.ValueType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * MariaDB 10.6 or later, on InnoDB. Every connection is set to behave as standard SQL does (see
 * {@link #SQL_MODE}), and every table compares text by code point with no trailing-space padding,
 * as the other dialects do, rather than by MariaDB's default case- and accent-blind collation.
 */
final class MariaDbDialect extends Dialect {
  /**
   * Strict: a value a column cannot hold fails instead of being clipped with a warning. Standard
   * SQL text: {@code "name"} is an identifier and {@code ||} concatenates (as in checks, defaults and
   * statements written for the other dialects), a backslash in a string is itself, as LIKE's
   * {@code ESCAPE '\'} needs, and every right-hand side of an UPDATE's SET reads the row as it was
   * before the statement (MariaDB's default reads values assigned to its left).
   */
  /** The most digits a MariaDB decimal has, and the most after its point. */
  static final int MAX_PRECISION = 65;

  static final int MAX_SCALE = 30;

  /** U+10FFFF, which MariaDB's index scans for a LIKE prefix mishandle. */
  private static final String LAST_CODE_POINT = new String(Character.toChars(Character.MAX_CODE_POINT));

  static final String SQL_MODE = "STRICT_ALL_TABLES,NO_ZERO_DATE,NO_ZERO_IN_DATE,ERROR_FOR_DIVISION_BY_ZERO,"
      + "NO_ENGINE_SUBSTITUTION,NO_BACKSLASH_ESCAPES,ANSI_QUOTES,PIPES_AS_CONCAT,SIMULTANEOUS_ASSIGNMENT";

  @Override
  public Kind kind() {
    return Kind.MARIADB;
  }

  /** Backticks, which every MariaDB and MySQL server reads as quotes, whatever its SQL mode. */
  @Override
  public String quote(String identifier) {
    return '`' + identifier.replace("`", "``") + '`';
  }

  /**
   * MariaDB's types. {@code FLOAT} is its 4-byte type ({@code REAL} would be a double); a character
   * is a {@code VARCHAR(1)}, as a {@code CHAR} would lose a trailing space; long text and bytes take
   * the {@code LONG} types, as {@code TEXT} and {@code BLOB} end at 64 KiB; a decimal without a
   * precision gets the widest MariaDB has; UUIDs are text, which sorts as PostgreSQL's UUIDs do.
   */
  @Override
  protected String typeName(ColumnSchema column) {
    return switch (column.type()) {
      case SMALLINT -> "SMALLINT";
      case INTEGER -> "INT";
      case BIGINT -> "BIGINT";
      case REAL -> "FLOAT";
      case DOUBLE -> "DOUBLE";
      case BOOLEAN -> "BOOLEAN";
      case CHAR -> "VARCHAR(1)";
      case VARCHAR -> "VARCHAR(" + column.length() + ")";
      case TEXT -> "LONGTEXT";
      case DECIMAL ->
          column.precision() == 0
              ? "DECIMAL(" + MAX_PRECISION + ", " + MAX_SCALE + ")"
              : "DECIMAL(" + column.precision() + ", " + column.scale() + ")";
      case DATE -> "DATE";
      case TIME -> "TIME(6)";
      case TIMESTAMP, TIMESTAMP_UTC -> "DATETIME(6)";
      case BINARY -> "LONGBLOB";
      case UUID -> "CHAR(36)";
    };
  }

  /** MariaDB names an index within its table. */
  @Override
  public String dropIndexSql(String table, String index) {
    return "DROP INDEX IF EXISTS " + quote(index) + " ON " + quote(table);
  }

  /** A unique constraint is an index here, and a foreign key is dropped by its own words. */
  @Override
  public String dropConstraintSql(String table, TableSchema.NamedConstraint constraint) {
    String kind = constraint instanceof TableSchema.Constraint ? "INDEX"
        : constraint instanceof TableSchema.ForeignKey ? "FOREIGN KEY" : "CONSTRAINT";
    return "ALTER TABLE " + quote(table) + " DROP " + kind + " IF EXISTS " + quote(constraint.name());
  }

  /** Each DDL statement commits the transaction it is in. */
  @Override
  public boolean transactionalDdl() {
    return false;
  }

  /** MariaDB's NO ACTION is RESTRICT (it checks at once), and its catalog says RESTRICT for both. */
  @Override
  public boolean storesOnDelete(OnDelete declared, OnDelete reported) {
    return declared == reported || (declared == OnDelete.NO_ACTION && reported == OnDelete.RESTRICT);
  }

  @Override
  protected String generatedKeyDefinition(ColumnSchema column) {
    return typeName(column) + " NOT NULL AUTO_INCREMENT PRIMARY KEY";
  }

  /** The statement's time, in the session's time zone where the type has none. */
  @Override
  protected String currentTime(ColumnSchema column) {
    return switch (column.type()) {
      case DATE -> "CURRENT_DATE";
      case TIME -> "CURRENT_TIME(6)";
      case TIMESTAMP -> "CURRENT_TIMESTAMP(6)";
      case TIMESTAMP_UTC -> "UTC_TIMESTAMP(6)";
      default -> throw new IllegalArgumentException("No current time for a " + column.type() + " column");
    };
  }

  /** InnoDB, for transactions and row locks; text in full Unicode, compared by code point. */
  @Override
  protected String tableOptions() {
    return " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin";
  }

  /** MariaDB accepts OFFSET only after a LIMIT; the largest unsigned 64-bit number means none. */
  @Override
  protected String noLimit() {
    return "18446744073709551615";
  }

  /**
   * MariaDB has no {@code NULLS FIRST} or {@code NULLS LAST} (it sorts nulls first ascending): where
   * asked, whether the value is null is sorted on first.
   */
  @Override
  public void appendOrder(SqlBuilder sql, Order<?> order) {
    if (order.nulls() != Order.Nulls.DEFAULT) {
      order.expression().render(sql);
      sql.append(order.nulls() == Order.Nulls.FIRST ? " IS NULL DESC, " : " IS NULL ASC, ");
    }
    super.appendOrder(sql, new Order<>(order.expression(), order.descending(), Order.Nulls.DEFAULT));
  }

  /** An average is a double, as on the other dialects: MariaDB's of integers would be a four-place decimal. */
  @Override
  public void appendAggregate(SqlBuilder sql, String function, Expression<?, ?> argument, boolean distinct, ValueType<?> type) {
    if (!function.equals("AVG") || argument == null) {
      super.appendAggregate(sql, function, argument, distinct, type);
      return;
    }
    sql.append(distinct ? "AVG(DISTINCT CAST(" : "AVG(CAST(");
    argument.render(sql);
    sql.append(" AS DOUBLE))");
  }

  /**
   * Standard SQL text and READ COMMITTED, PostgreSQL's default, which Kiln's transactions assume
   * (MariaDB's own default is REPEATABLE READ).
   */
  @Override
  public void prepareConnection(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET SESSION sql_mode = '" + SQL_MODE + "'");
    }
    connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
  }

  /**
   * As LIKE, but for a prefix holding U+10FFFF, the last code point: MariaDB (seen on 10.11) scans
   * an index for {@code LIKE 'x%'} up to the prefix followed by that code point, and so misses
   * longer values that begin with it. Such a prefix is compared as the value's first characters,
   * which no index serves and which is exact under the tables' code-point collation.
   */
  @Override
  public void appendTextMatch(SqlBuilder sql, TextMatch<?> match) {
    if (match.position() != TextMatch.Position.START || !match.text().contains(LAST_CODE_POINT)) {
      super.appendTextMatch(sql, match);
      return;
    }
    int length = match.text().codePointCount(0, match.text().length());
    sql.append(match.ignoreCase() ? "lower(LEFT(" : "LEFT(");
    match.value().render(sql);
    sql.append(", ").append(String.valueOf(length)).append(match.ignoreCase() ? ")) = lower(" : ") = ");
    sql.value(ValueType.STRING, match.text());
    sql.append(match.ignoreCase() ? ")" : "");
  }

  /** MariaDB has no {@code DEFAULT VALUES}: an empty column list and an empty row mean the same. */
  @Override
  public String defaultValues() {
    return " () VALUES ()";
  }

  /** MariaDB returns rows from INSERT and DELETE, not from UPDATE. */
  @Override
  public boolean returnsFromUpdate() {
    return false;
  }

  /** As many rows as a prepared statement's 65,535 parameters allow: each statement is a round trip. */
  @Override
  public int maxInsertRows(int parametersPerRow) {
    return 65535 / parametersPerRow;
  }

  @Override
  public Row row(ResultSet resultSet) {
    return new MariaDbRow(resultSet);
  }

  @Override
  public Params params(PreparedStatement statement) {
    return new MariaDbParams(statement);
  }

  @Override
  public KilnException translate(SQLException exception, String sql) {
    return MariaDbErrors.translate(exception, sql);
  }

  /**
   * Begins by statement, the connection staying in autocommit: {@code START TRANSACTION} (with
   * {@code READ ONLY} when asked) is one round trip, where turning autocommit off and on again
   * would be two. A level other than the session's is set for this transaction alone, before it.
   */
  @Override
  public void begin(
      Connection connection, ControlStatements control, Isolation isolation, boolean readOnly, boolean write)
      throws SQLException {
    if (isolation != null && isolation != Isolation.READ_COMMITTED) {
      control.execute("SET TRANSACTION ISOLATION LEVEL " + isolation.sql());
    }
    control.execute(readOnly ? "START TRANSACTION READ ONLY" : "START TRANSACTION");
  }

}
