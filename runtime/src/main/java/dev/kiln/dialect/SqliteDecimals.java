package dev.kiln.dialect;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.BinaryOperator;
import org.sqlite.Collation;
import org.sqlite.Function;
import org.sqlite.SQLiteConnection;

/**
 * Exact decimals on SQLite, which has no exact numeric type: Kiln stores a {@code BigDecimal} as
 * its {@link BigDecimal#toString()} text (exact, scale included, readable in the {@code sqlite3}
 * shell) and registers on every connection it opens:
 *
 * <ul>
 *   <li>the collation {@value #COLLATION}, which orders such text by numeric value ({@code 1.0}
 *       equals {@code 1.00}, as in PostgreSQL's NUMERIC). Decimal columns are declared with it, so
 *       that unique constraints, indexes, DISTINCT and GROUP BY use it, and every comparison Kiln
 *       writes names it, so that tables created before Kiln declared it compare exactly too;
 *   <li>{@code kiln_decimal_sum}, {@code _add}, {@code _subtract} and {@code _multiply}, exact
 *       where SQLite's own {@code SUM} and operators would go through 64-bit floating point.
 * </ul>
 *
 * <p>A collation rather than an encoding of the stored text: the text stays exactly what the
 * value is, and SQLite uses an index on the column for equality and ranges because the
 * comparison's collation is the index's.
 */
final class SqliteDecimals {
  static final String COLLATION = "kiln_decimal";
  static final String SUM = "kiln_decimal_sum";
  static final String ADD = "kiln_decimal_add";
  static final String SUBTRACT = "kiln_decimal_subtract";
  static final String MULTIPLY = "kiln_decimal_multiply";

  private SqliteDecimals() {}

  /** Registers the collation and the functions on the connection (a pool's wrapper is seen through). */
  static void register(Connection connection) throws SQLException {
    SQLiteConnection sqlite = connection.unwrap(SQLiteConnection.class);
    Collation.create(sqlite, COLLATION, new NumericOrder());
    Function.create(sqlite, SUM, new Sum(), 1, Function.FLAG_DETERMINISTIC);
    Function.create(sqlite, ADD, new Operation(BigDecimal::add), 2, Function.FLAG_DETERMINISTIC);
    Function.create(sqlite, SUBTRACT, new Operation(BigDecimal::subtract), 2, Function.FLAG_DETERMINISTIC);
    Function.create(sqlite, MULTIPLY, new Operation(BigDecimal::multiply), 2, Function.FLAG_DETERMINISTIC);
  }

  /**
   * Numeric order of decimal text. Text that is no decimal (written by another program) sorts
   * after every decimal, in byte order, so that the order stays total.
   */
  static final class NumericOrder extends Collation {
    @Override
    protected int xCompare(String left, String right) {
      BigDecimal a = parse(left);
      BigDecimal b = parse(right);
      if (a != null && b != null) {
        return a.compareTo(b);
      }
      if (a != null || b != null) {
        return a != null ? -1 : 1;
      }
      return left.compareTo(right);
    }
  }

  /** {@code SUM} over decimal text, as exact text; NULL for no values, as SQL's SUM. */
  static final class Sum extends Function.Aggregate {
    private BigDecimal total;

    @Override
    protected void xStep() throws SQLException {
      BigDecimal value = argument(value_text(0));
      if (value != null) {
        total = total == null ? value : total.add(value);
      }
    }

    @Override
    protected void xFinal() throws SQLException {
      if (total == null) {
        result();
      } else {
        result(total.toString());
      }
    }

    /** A fresh sum per group: SQLite's driver clones the registered one. */
    @Override
    public Object clone() throws CloneNotSupportedException {
      Sum copy = (Sum) super.clone();
      copy.total = null;
      return copy;
    }
  }

  /** An exact binary operation; NULL if either operand is, as SQL's operators. */
  static final class Operation extends Function {
    private final BinaryOperator<BigDecimal> operation;

    Operation(BinaryOperator<BigDecimal> operation) {
      this.operation = operation;
    }

    @Override
    protected void xFunc() throws SQLException {
      BigDecimal left = argument(value_text(0));
      BigDecimal right = argument(value_text(1));
      if (left == null || right == null) {
        result();
      } else {
        result(operation.apply(left, right).toString());
      }
    }
  }

  /** A function's argument as a decimal, or null for NULL; anything else that is no decimal is an error. */
  private static BigDecimal argument(String text) throws SQLException {
    if (text == null) {
      return null;
    }
    BigDecimal value = parse(text);
    if (value == null) {
      throw new SQLException("Not a decimal: '" + text + "'");
    }
    return value;
  }

  private static BigDecimal parse(String text) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
