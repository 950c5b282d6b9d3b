package dev.kiln.dialect;

import dev.kiln.Isolation;
import dev.kiln.error.KilnException;
import dev.kiln.jdbc.Params;
import dev.kiln.jdbc.Row;
import dev.kiln.query.Expression;
import dev.kiln.query.Lock;
import dev.kiln.query.SqlBuilder;
import dev.kiln.query.TextMatch;
import dev.kiln.schema.ColumnSchema;
import dev.kiln.schema.SqlType;
import dev.kiln.schema.ValueType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Consumer;

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
      case CHAR, TEXT, DATE, TIME, TIMESTAMP, TIMESTAMP_UTC, UUID -> "TEXT";
      case DECIMAL -> "TEXT COLLATE " + SqliteDecimals.COLLATION;
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
  protected String noLimit() {
    return "-1";
  }

  /** Registers what exact decimals need (see {@link SqliteDecimals}). */
  @Override
  public void prepareConnection(Connection connection) throws SQLException {
    SqliteDecimals.register(connection);
  }

  /**
   * Decimals are stored as exact text, which would compare as text ("10" < "9"): comparisons and
   * sorting name the numeric collation (see {@link SqliteDecimals}), exact at every digit.
   */
  @Override
  public String comparable(String operand, ValueType<?> type) {
    return type.sqlType() == SqlType.DECIMAL ? decimal(operand) : operand;
  }

  /**
   * Decimal arithmetic through Kiln's exact functions; SQLite's operators would compute in
   * floating point. Division is refused: its result has no exact form in general, and PostgreSQL
   * picks the scale by rules of its own.
   */
  @Override
  public void appendArithmetic(SqlBuilder sql, Expression<?, ?> left, String operator, Expression<?, ?> right) {
    if (left.type().sqlType() != SqlType.DECIMAL) {
      super.appendArithmetic(sql, left, operator, right);
      return;
    }
    String function = switch (operator.strip()) {
      case "+" -> SqliteDecimals.ADD;
      case "-" -> SqliteDecimals.SUBTRACT;
      case "*" -> SqliteDecimals.MULTIPLY;
      default -> throw new KilnException(
          "SQLite cannot divide decimals exactly, and Kiln does not round them silently: read the values and divide"
              + " with BigDecimal.divide(divisor, MathContext), or store the quotient's operands in integer columns.");
    };
    sql.append("(").append(function).append("(");
    left.render(sql);
    sql.append(", ");
    right.render(sql);
    sql.append(") COLLATE ").append(SqliteDecimals.COLLATION).append(")");
  }

  /** A decimal {@code SUM} is Kiln's exact one; decimal results compare in numeric order. */
  @Override
  public void appendAggregate(SqlBuilder sql, String function, Expression<?, ?> argument, boolean distinct, ValueType<?> type) {
    if (argument == null || argument.type().sqlType() != SqlType.DECIMAL) {
      super.appendAggregate(sql, function, argument, distinct, type);
      return;
    }
    boolean decimalResult = type.sqlType() == SqlType.DECIMAL;
    if (decimalResult) {
      sql.append("(");
    }
    super.appendAggregate(sql, function.equals("SUM") ? SqliteDecimals.SUM : function, argument, distinct, type);
    if (decimalResult) {
      sql.append(" COLLATE ").append(SqliteDecimals.COLLATION).append(")");
    }
  }

  private static String decimal(String operand) {
    return operand + " COLLATE " + SqliteDecimals.COLLATION;
  }

  /**
   * Without LIKE: SQLite's LIKE reads both operands only up to their first U+0000, as C strings, so
   * across one it answers wrongly either way ("a\0b" would not end with "b", and every value would
   * contain "\0x", the pattern cut to "%"). These forms read whole values, and bind the text as
   * every value is bound:
   *
   * <ul>
   *   <li>{@code startsWith}: {@code value >= text AND value < end}, where {@code end} is the least
   *       string above all that start with the text. SQLite's BINARY collation, which Kiln's columns
   *       have, orders text by all of its bytes, and UTF-8's byte order is code point order, so the
   *       range holds exactly those strings; and an index on the column serves it, as it served
   *       LIKE's prefix.
   *   <li>{@code endsWith}: the value's last bytes are the text's; {@code contains}: {@code instr}
   *       finds the text's bytes in the value's. {@code CAST(... AS BLOB)} gives the UTF-8 bytes
   *       (SQLite's {@code length} and {@code substr} of text count characters, and stop at U+0000
   *       too), and in UTF-8 one string's bytes can match another's only at a character boundary.
   *   <li>Ignoring case, each side is lower-cased first, as {@code ilike} does (ASCII letters only).
   * </ul>
   */
  @Override
  public void appendTextMatch(SqlBuilder sql, TextMatch<?> match) {
    switch (match.position()) {
      case START -> {
        if (match.ignoreCase()) {
          appendInstr(sql, match);
          sql.append(" = 1");
        } else {
          appendPrefixRange(sql, match.value(), match.text());
        }
      }
      case END -> {
        if (match.text().isEmpty()) {
          // Every string ends with "", but substr() of an empty blob is NULL, which would leave "" out.
          match.value().render(sql);
          sql.append(" IS NOT NULL");
          return;
        }
        sql.append("substr(");
        appendBytes(sql, match, match.value()::render);
        sql.append(", length(");
        appendBytes(sql, match, match.value()::render);
        sql.append(") - length(");
        appendBytes(sql, match, text -> text.value(ValueType.STRING, match.text()));
        sql.append(") + 1) = ");
        appendBytes(sql, match, text -> text.value(ValueType.STRING, match.text()));
      }
      case ANYWHERE -> {
        appendInstr(sql, match);
        sql.append(" > 0");
      }
    }
  }

  private static void appendPrefixRange(SqlBuilder sql, Expression<?, String> value, String prefix) {
    String end = prefixEnd(prefix);
    sql.append("(");
    value.render(sql);
    sql.append(" >= ").comparedValue(ValueType.STRING, prefix);
    if (end != null) {
      sql.append(" AND ");
      value.render(sql);
      sql.append(" < ").comparedValue(ValueType.STRING, end);
    }
    sql.append(")");
  }

  /**
   * The least string above every string that starts with the prefix: the prefix up to its last
   * character below U+10FFFF, with that character incremented (past the surrogates, which are no
   * characters); null if there is none, for an empty prefix or one of U+10FFFF only.
   */
  private static String prefixEnd(String prefix) {
    int end = prefix.length();
    while (end > 0) {
      int last = prefix.codePointBefore(end);
      end -= Character.charCount(last);
      if (last < Character.MAX_CODE_POINT) {
        int next = last + 1 == Character.MIN_SURROGATE ? Character.MAX_SURROGATE + 1 : last + 1;
        return prefix.substring(0, end) + Character.toString(next);
      }
    }
    return null;
  }

  /** {@code instr} over the bytes: one more than the bytes before the text's first match in the value, 0 if none. */
  private static void appendInstr(SqlBuilder sql, TextMatch<?> match) {
    sql.append("instr(");
    appendBytes(sql, match, match.value()::render);
    sql.append(", ");
    appendBytes(sql, match, text -> text.value(ValueType.STRING, match.text()));
    sql.append(")");
  }

  /** {@code CAST(operand AS BLOB)}, the operand lower-cased first when the match ignores case. */
  private static void appendBytes(SqlBuilder sql, TextMatch<?> match, Consumer<SqlBuilder> operand) {
    sql.append(match.ignoreCase() ? "CAST(lower(" : "CAST(");
    operand.accept(sql);
    sql.append(match.ignoreCase() ? ") AS BLOB)" : " AS BLOB)");
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

  /** SQLite checks a foreign key's table when rows are written, not when the key is declared. */
  @Override
  public boolean checksReferencedTablesAtCreation() {
    return false;
  }

  /** Until the transaction ends; dropping a table deletes its rows first, which would break a key to it. */
  @Override
  public String checkForeignKeysAtCommitSql() {
    return "PRAGMA defer_foreign_keys = ON";
  }

  @Override
  public Row row(ResultSet resultSet) {
    return new SqliteRow(resultSet);
  }

  /**
   * Integer keys as one JSON array, read by SQLite's built-in {@code json_each}: {@code "id" IN
   * (SELECT value FROM json_each(?))}, rather than one parameter per key.
   */
  @Override
  public boolean bindsKeyLists(SqlType type) {
    return type == SqlType.SMALLINT || type == SqlType.INTEGER || type == SqlType.BIGINT;
  }

  @Override
  public String keyListMatch(String quotedColumn) {
    return quotedColumn + " IN (SELECT value FROM json_each(?))";
  }

  @Override
  public void bindKeyList(Params params, int index, SqlType type, Object[] keys) throws SQLException {
    StringBuilder json = new StringBuilder(keys.length * 8).append('[');
    for (int i = 0; i < keys.length; i++) {
      json.append(i == 0 ? "" : ",").append(((Number) keys[i]).longValue());
    }
    params.setString(index, json.append(']').toString());
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
