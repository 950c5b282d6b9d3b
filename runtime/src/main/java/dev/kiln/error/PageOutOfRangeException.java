package dev.kiln.error;

/** A page number below 1 or past the last page, which a web app usually answers with 404. */
public final class PageOutOfRangeException extends KilnException {
  private static final long serialVersionUID = 1L;

  private final int page;
  private final int pages;

  public PageOutOfRangeException(int page, int pages) {
    super("Page " + page + " is out of range: there " + (pages == 1 ? "is 1 page" : "are " + pages + " pages"), null);
    this.page = page;
    this.pages = pages;
  }

  public int page() {
    return page;
  }

  public int pages() {
    return pages;
  }
}
