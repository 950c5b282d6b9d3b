package dev.kiln.query;

import java.util.Objects;

/** {@code (left <op> right)} on numbers of one type, as the dialect writes it. */
public final class Arithmetic<T, V extends Number> extends Expression<T, V> implements Numeric<T, V> {
  private final Expression<T, V> left;
  private final String operator;
  private final Expression<T, V> right;

  Arithmetic(Expression<T, V> left, String operator, Expression<T, V> right) {
    super(left.type());
    this.left = left;
    this.operator = operator;
    this.right = Objects.requireNonNull(right, "operand");
  }

  @Override
  public Expression<T, V> asExpression() {
    return this;
  }

  @Override
  public void render(SqlBuilder sql) {
    sql.dialect().appendArithmetic(sql, left, operator, right);
  }
}
