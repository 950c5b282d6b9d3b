package dev.kiln.sample.web;

import static dev.kiln.sample.ComputerTable.ID;
import static dev.kiln.sample.ComputerTable.NAME;

import dev.kiln.Page;
import dev.kiln.query.Column;
import dev.kiln.query.Order;
import dev.kiln.sample.Computer;
import dev.kiln.sample.ComputerQuery;
import dev.kiln.sample.ComputerTable;
import dev.kiln.session.Session;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * What the computer list shows, from its query string: {@code ?page=2&sort=memory_in_gb&dir=desc&q=mac}.
 * The sort column is looked up by name in the generated table ({@code ComputerTable.column(name)}),
 * so an unknown name is a 400 and never reaches SQL.
 */
public record Listing(int page, Column<Computer, ?> sort, boolean descending, String search) {
  static final int PER_PAGE = 10;

  static Listing from(Context ctx) {
    String sortName = orDefault(ctx.queryParam("sort"), "id");
    Column<Computer, ?> sort =
        ComputerTable.column(sortName)
            .orElseThrow(() -> new BadRequestResponse("Computers cannot be sorted by \"" + sortName + "\"."));
    String direction = orDefault(ctx.queryParam("dir"), "asc");
    if (!direction.equals("asc") && !direction.equals("desc")) {
      throw new BadRequestResponse("The sort direction is asc or desc, not \"" + direction + "\".");
    }
    return new Listing(pageNumber(ctx), sort, direction.equals("desc"), orDefault(ctx.queryParam("q"), "").strip());
  }

  /** The page of computers this listing shows, with their owners and tags (three statements in all). */
  Page<Computer> read(Session session) {
    ComputerQuery query = new ComputerQuery(session);
    if (!search.isEmpty()) {
      query.where(NAME.containsIgnoringCase(search));
    }
    Order<Computer> order = descending ? sort.desc() : sort.asc();
    if (sort == ID) {
      query.orderBy(order);
    } else {
      query.orderBy(order, ID.asc()); // a stable order, so no row shows on two pages
    }
    return query.load(ComputerTable.OWNER).load(ComputerTable.TAGS).paginate(page, PER_PAGE);
  }

  public String sortName() {
    return sort.name();
  }

  /** The link to another page of this listing. */
  public String pageLink(int number) {
    return link(number, sort.name(), descending);
  }

  /** The link a column's header leads to: sorted by it, the other way round if it already is. */
  public String sortLink(String column) {
    return link(1, column, column.equals(sort.name()) && !descending);
  }

  /** An arrow after the header of the column the list is sorted by. */
  public String arrow(String column) {
    return !column.equals(sort.name()) ? "" : descending ? " ▼" : " ▲";
  }

  private String link(int number, String column, boolean desc) {
    StringBuilder link = new StringBuilder("/computers?page=").append(number).append("&sort=").append(column);
    link.append("&dir=").append(desc ? "desc" : "asc");
    if (!search.isEmpty()) {
      link.append("&q=").append(URLEncoder.encode(search, StandardCharsets.UTF_8));
    }
    return link.toString();
  }

  private static int pageNumber(Context ctx) {
    String raw = orDefault(ctx.queryParam("page"), "1");
    try {
      int number = Integer.parseInt(raw);
      if (number >= 1) {
        return number;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new BadRequestResponse("The page is a number from 1, not \"" + raw + "\".");
  }

  private static String orDefault(String value, String otherwise) {
    return value == null || value.isBlank() ? otherwise : value;
  }
}
