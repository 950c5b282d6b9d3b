package dev.kiln.query;

import dev.kiln.schema.TableDef;
import dev.kiln.schema.ValueType;
import java.util.Objects;

/**
 * A {@code String} column, which alone offers pattern matching. {@code like} takes an SQL pattern
 * ({@code %} any run of characters, {@code _} any one, {@code \} escapes the next character on
 * every dialect); {@code startsWith}, {@code endsWith} and {@code contains} take plain text, whose
 * {@code %}, {@code _} and {@code \} match only themselves. Matching is case-sensitive on every
 * dialect; the {@code ilike} forms ignore case.
 */
public final class StringColumn<T> extends Column<T, String> {
  public StringColumn(TableDef<T> table, int index, String name) {
    super(table, index, name, ValueType.STRING);
  }

  public Predicate<T> like(String pattern) {
    return like(Objects.requireNonNull(pattern, "like(null)"), false, false);
  }

  public Predicate<T> notLike(String pattern) {
    return like(Objects.requireNonNull(pattern, "notLike(null)"), true, false);
  }

  /** {@code LIKE}, ignoring case: {@code ILIKE} on PostgreSQL, {@code lower(...) LIKE lower(...)} elsewhere. */
  public Predicate<T> ilike(String pattern) {
    return like(Objects.requireNonNull(pattern, "ilike(null)"), false, true);
  }

  public Predicate<T> notIlike(String pattern) {
    return like(Objects.requireNonNull(pattern, "notIlike(null)"), true, true);
  }

  public Predicate<T> startsWith(String prefix) {
    return new TextMatch<>(this, Objects.requireNonNull(prefix, "startsWith(null)"), TextMatch.Position.START, false);
  }

  public Predicate<T> endsWith(String suffix) {
    return new TextMatch<>(this, Objects.requireNonNull(suffix, "endsWith(null)"), TextMatch.Position.END, false);
  }

  public Predicate<T> contains(String fragment) {
    return new TextMatch<>(
        this, Objects.requireNonNull(fragment, "contains(null)"), TextMatch.Position.ANYWHERE, false);
  }

  /** {@link #contains}, ignoring case. */
  public Predicate<T> containsIgnoringCase(String fragment) {
    return new TextMatch<>(
        this, Objects.requireNonNull(fragment, "containsIgnoringCase(null)"), TextMatch.Position.ANYWHERE, true);
  }

  private Predicate<T> like(String pattern, boolean negated, boolean ignoreCase) {
    return new Like<>(this, parameter(pattern), negated, ignoreCase);
  }
}
