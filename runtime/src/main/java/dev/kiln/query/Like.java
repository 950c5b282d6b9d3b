package dev.kiln.query;

/**
 * {@code value [NOT] LIKE pattern ESCAPE '\'}, case-sensitive on every dialect or, for {@code
 * ilike}, case-insensitive. The escape character is always declared: PostgreSQL treats {@code \}
 * as one by default and SQLite has none, so without it the same pattern would match differently.
 */
record Like<T>(Expression<T, String> value, Expression<T, String> pattern, boolean negated, boolean ignoreCase)
    implements Predicate<T> {
  /** The escape character of every pattern. */
  static final char ESCAPE = '\\';

  @Override
  public void render(SqlBuilder sql) {
    sql.dialect().appendLike(sql, value, pattern, negated, ignoreCase);
    sql.append(" ESCAPE '").append(String.valueOf(ESCAPE)).append("'");
  }

  /** The text with LIKE's wildcards and the escape character escaped, so it matches only itself. */
  static String literal(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%' || c == '_' || c == ESCAPE) {
        escaped.append(ESCAPE);
      }
      escaped.append(c);
    }
    return escaped.toString();
  }
}
