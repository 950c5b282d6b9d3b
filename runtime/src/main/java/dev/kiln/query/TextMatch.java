package dev.kiln.query;

import java.util.Objects;

/**
 * Whether a string holds {@code text} as plain text, its {@code %}, {@code _} and {@code \}
 * matching only themselves: at its start ({@link StringColumn#startsWith}), at its end ({@link
 * StringColumn#endsWith}) or anywhere ({@link StringColumn#contains}, {@link
 * StringColumn#containsIgnoringCase}). The dialect renders it ({@link
 * dev.kiln.dialect.Dialect#appendTextMatch}), by default as the equivalent {@link #like()}.
 */
public record TextMatch<T>(Expression<T, String> value, String text, Position position, boolean ignoreCase)
    implements Predicate<T> {
  /** Where in the value the text must be. */
  public enum Position {
    START,
    END,
    ANYWHERE
  }

  public TextMatch {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(position, "position");
  }

  @Override
  public void render(SqlBuilder sql) {
    sql.dialect().appendTextMatch(sql, this);
  }

  /**
   * The same test as a LIKE: the text with LIKE's wildcards escaped, and {@code %} on each side
   * where it may have neighbours.
   */
  public Predicate<T> like() {
    String before = position == Position.START ? "" : "%";
    String after = position == Position.END ? "" : "%";
    return new Like<>(value, value.parameter(before + Like.literal(text) + after), false, ignoreCase);
  }
}
