package dev.kiln;

import java.util.List;
import java.util.OptionalInt;

/**
 * One page of a query's rows, as Flask-SQLAlchemy's {@code Pagination}: the items, the total count
 * of matching rows, and the numbers needed to link to other pages.
 *
 * @param page this page's number, from 1
 */
public record Page<T>(List<T> items, long total, int page, int perPage) {
  /** What {@code paginate} does with a page number below 1 or past the last page. */
  public enum OutOfRange {
    /** Throw {@link dev.kiln.error.PageOutOfRangeException}, as Flask-SQLAlchemy's {@code error_out=True}. */
    ERROR,
    /** Return an empty page that still reports the total. */
    EMPTY
  }

  public Page {
    items = List.copyOf(items);
  }

  /** The number of pages; 0 when nothing matches. */
  public int pages() {
    return (int) ((total + perPage - 1) / perPage);
  }

  public boolean hasNext() {
    return page < pages();
  }

  public boolean hasPrev() {
    return page > 1;
  }

  public OptionalInt nextNum() {
    return hasNext() ? OptionalInt.of(page + 1) : OptionalInt.empty();
  }

  public OptionalInt prevNum() {
    return hasPrev() ? OptionalInt.of(page - 1) : OptionalInt.empty();
  }
}
