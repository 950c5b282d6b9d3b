package dev.kiln;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.TreeSet;

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

  /**
   * The page numbers a pager shows, as Flask-SQLAlchemy's {@code iter_pages()}: the first two
   * pages, this one with two before and three after it, and the last two; {@code null} stands where
   * numbers are left out. Page 7 of 20 gives {@code [1, 2, null, 5, 6, 7, 8, 9, 10, null, 19, 20]}.
   */
  public List<Integer> pageNumbers() {
    return pageNumbers(2, 2, 4, 2);
  }

  /**
   * As {@link #pageNumbers()}, choosing how many pages to show at the start ({@code leftEdge}),
   * before this page ({@code leftCurrent}), from this page on, this one included ({@code
   * rightCurrent}), and at the end ({@code rightEdge}).
   */
  public List<Integer> pageNumbers(int leftEdge, int leftCurrent, int rightCurrent, int rightEdge) {
    int last = pages();
    TreeSet<Integer> shown = new TreeSet<>();
    addRange(shown, 1, leftEdge, last);
    addRange(shown, page - leftCurrent, page + rightCurrent - 1, last);
    addRange(shown, last - rightEdge + 1, last, last);
    List<Integer> numbers = new ArrayList<>();
    Integer previous = null;
    for (int number : shown) {
      if (previous != null && number > previous + 1) {
        numbers.add(null);
      }
      numbers.add(number);
      previous = number;
    }
    return numbers;
  }

  private static void addRange(TreeSet<Integer> shown, int from, int to, int last) {
    for (int number = Math.max(1, from); number <= Math.min(to, last); number++) {
      shown.add(number);
    }
  }
}
