package dev.kiln.dialect;

import dev.kiln.error.KilnException;
import dev.kiln.jdbc.Params;
import dev.kiln.jdbc.Row;
import dev.kiln.query.SqlBuilder;
import dev.kiln.schema.ColumnSchema;
import dev.kiln.schema.SqlType;
import dev.kiln.schema.ValueType;
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

  @Override
  protected String typeName(SqlType type, int length) {
    return switch (type) {
      case INTEGER, BIGINT, BOOLEAN -> "INTEGER";
      case DOUBLE -> "REAL";
      case VARCHAR -> "VARCHAR(" + length + ")";
      case TEXT, DECIMAL, TIMESTAMP, TIMESTAMP_UTC, DATE, UUID -> "TEXT";
      case BINARY -> "BLOB";
    };
  }

  /** Only {@code INTEGER PRIMARY KEY} aliases the rowid, which SQLite fills in on insert. */
  @Override
  protected String generatedKeyDefinition(ColumnSchema column) {
    return "INTEGER PRIMARY KEY";
  }

  /** SQLite lets a non-integer primary key hold NULL unless told otherwise. */
  @Override
  protected boolean primaryKeyNeedsNotNull() {
    return true;
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
    return type == ValueType.BIG_DECIMAL ? "CAST(" + operand + " AS REAL)" : operand;
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
}
