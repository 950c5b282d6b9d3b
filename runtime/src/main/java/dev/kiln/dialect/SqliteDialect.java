package dev.kiln.dialect;

import dev.kiln.Isolation;
import dev.kiln.error.KilnException;
import dev.kiln.jdbc.Params;
import dev.kiln.jdbc.Row;
import dev.kiln.query.Lock;
import dev.kiln.query.SqlBuilder;
import dev.kiln.schema.ColumnSchema;
import dev.kiln.schema.SqlType;
import dev.kiln.schema.ValueType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * SQLite. Its columns have affinities rather than types, so every value Kiln cannot store natively
 * is stored as text in one pinned format (see {@link SqliteFormats}), which keeps BigDecimal exact
 * and makes dates sort correctly. A rowid key always continues after the largest key in the table,
 * so keys the application chooses need no resync.
 */
final class SqliteDialect extends Dialect {
  @Override
  public Kind kind() {
    return Kind.SQLITE;
  }

  /**
   * SQLite's type affinities. Exact numbers, dates, times and UUIDs are stored as text in the
   * formats of {@link SqliteFormats}; a VARCHAR's length is recorded but, as always in SQLite, not
   * enforced.
   */
  @Override
  protected String typeName(ColumnSchema column) {
    return switch (column.type()) {
      case SMALLINT, INTEGER, BIGINT, BOOLEAN -> "INTEGER";
      case REAL, DOUBLE -> "REAL";
      case VARCHAR -> "VARCHAR(" + column.length() + ")";
      case CHAR, TEXT, DECIMAL, DATE, TIME, TIMESTAMP, TIMESTAMP_UTC, UUID -> "TEXT";
      case BINARY -> "BLOB";
    };
  }

  /** Only {@code INTEGER PRIMARY KEY} aliases the rowid, which SQLite fills in on insert. */
  @Override
  protected String generatedKeyDefinition(ColumnSchema column) {
    return "INTEGER PRIMARY KEY";
  }

  /**
   * SQLite's clock in Kiln's text formats: {@code %f} gives milliseconds, padded to Kiln's six
   * digits. A local date-time column gets local time, as PostgreSQL's session time zone gives it.
   */
  @Override
  protected String currentTime(ColumnSchema column) {
    return switch (column.type()) {
      case DATE -> "date('now', 'localtime')";
      case TIME -> "strftime('%H:%M:%f', 'now', 'localtime') || '000'";
      case TIMESTAMP -> "strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime') || '000'";
      case TIMESTAMP_UTC -> "strftime('%Y-%m-%d %H:%M:%f', 'now') || '000Z'";
      default -> throw new IllegalArgumentException("No current time for a " + column.type() + " column");
    };
  }

  /** SQLite accepts OFFSET only after a LIMIT; -1 means no limit. */
  @Override
  public void appendLimitOffset(SqlBuilder sql, Integer limit, Integer offset) {
    super.appendLimitOffset(sql, limit == null && offset != null ? Integer.valueOf(-1) : limit, null);
    if (offset != null) {
      sql.append(" OFFSET ").value(ValueType.INTEGER, offset);
    }
  }

  /**
   * Decimals are stored as exact text, which would compare as text ("10" < "9"), so comparisons and
   * sorting go through REAL: numeric order, to about 15 significant digits.
   */
  @Override
  public String comparable(String operand, ValueType<?> type) {
    return type.sqlType() == SqlType.DECIMAL ? "CAST(" + operand + " AS REAL)" : operand;
  }

  /**
   * One: SQLite runs in-process, so a statement per row costs no round trip, and a reused one-row
   * INSERT measured faster than multi-row INSERT ... RETURNING through sqlite-jdbc (W5 in
   * docs/benchmarks.md).
   */
  @Override
  public int maxInsertRows(int parametersPerRow) {
    return 1;
  }

  @Override
  public Row row(ResultSet resultSet) {
    return new SqliteRow(resultSet);
  }

  @Override
  public Params params(PreparedStatement statement) {
    return new SqliteParams(statement);
  }

  @Override
  public KilnException translate(SQLException exception, String sql) {
    return SqliteErrors.translate(exception, sql);
  }

  /**
   * Begins by statement, the connection staying in JDBC's autocommit mode, so that each
   * transaction chooses its kind: {@code BEGIN IMMEDIATE} takes the write lock at once (writers
   * then queue on the busy timeout, instead of failing when a reading transaction tries to write),
   * {@code BEGIN} defers it. SQLite has one isolation level, serializable, whatever is asked.
   */
  @Override
  public void begin(
      Connection connection, ControlStatements control, Isolation isolation, boolean readOnly, boolean write)
      throws SQLException {
    control.execute(write ? "BEGIN IMMEDIATE" : "BEGIN");
  }

  @Override
  public void commit(Connection connection, ControlStatements control) throws SQLException {
    control.execute("COMMIT");
  }

  @Override
  public void rollback(Connection connection, ControlStatements control) throws SQLException {
    control.execute("ROLLBACK");
  }

  /** SQLite has no row locks: the transaction's {@code BEGIN IMMEDIATE} takes the database's write lock. */
  @Override
  public void appendLock(SqlBuilder sql, Lock lock) {
    if (lock != Lock.FOR_UPDATE) {
      throw new UnsupportedOperationException(
          "SQLite has no row locks, so " + lock.sql().strip() + " cannot be honoured: forUpdate() there takes"
              + " the database's one write lock (BEGIN IMMEDIATE), waiting up to the busy timeout. Use forUpdate().");
    }
  }

  @Override
  public boolean locksWhenTransactionBegins() {
    return true;
  }
}
