package dev.kiln.sample.web;

import dev.kiln.error.UniqueViolationException;
import dev.kiln.sample.Computer;
import dev.kiln.sample.ComputerDao;
import dev.kiln.sample.ComputerTable;
import dev.kiln.sample.TagQuery;
import dev.kiln.sample.TagTable;
import dev.kiln.sample.UserQuery;
import dev.kiln.sample.UserTable;
import dev.kiln.session.Session;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;

/** The third tutorial's computers: list, show, add, edit and delete. */
final class ComputerHandlers {
  private final Pages pages;

  ComputerHandlers(Pages pages) {
    this.pages = pages;
  }

  /** GET /computers?page=&sort=&dir=&q= */
  void list(Context ctx, Session session) {
    Listing listing = Listing.from(ctx);
    pages.render(ctx, "computers/list.jte", new Views.ComputerList(listing.read(session), listing));
  }

  /** GET /computers/{id} */
  void show(Context ctx, Session session) {
    Computer computer = Found.orNotFound(ctx, "computer", id -> new ComputerDao(session).query()
        .where(ComputerTable.ID.eq(id)).load(ComputerTable.OWNER).load(ComputerTable.TAGS).first());
    pages.render(ctx, "computers/show.jte", new Views.ComputerDetail(computer, Csrf.token(ctx)));
  }

  /** GET /computers/new */
  void newForm(Context ctx, Session session) {
    editor(ctx, session, null, ComputerForm.empty(), Map.of());
  }

  /** GET /computers/{id}/edit */
  void editForm(Context ctx, Session session) {
    Computer computer = find(ctx, session);
    editor(ctx, session, computer.id(), ComputerForm.of(computer), Map.of());
  }

  /** POST /computers */
  void create(Context ctx, Session session) {
    save(ctx, session, null, new Computer("", null));
  }

  /** POST /computers/{id} */
  void update(Context ctx, Session session) {
    Computer computer = find(ctx, session);
    save(ctx, session, computer.id(), computer);
  }

  /** POST /computers/{id}/delete */
  void delete(Context ctx, Session session) {
    session.delete(find(ctx, session));
    session.commit();
    ctx.redirect("/computers", HttpStatus.SEE_OTHER);
  }

  /**
   * Applies the form to the computer and commits; a mistake in the form, or a name another
   * computer has (found by the database's unique constraint, so two requests at once cannot both
   * take it), shows the form again with the message, status 422.
   */
  private void save(Context ctx, Session session, Integer id, Computer computer) {
    ComputerForm form = ComputerForm.from(ctx);
    Map<String, String> errors = form.applyTo(computer, session);
    if (errors.isEmpty()) {
      try {
        if (id == null) {
          session.add(computer);
        }
        session.commit();
        ctx.redirect("/computers/" + computer.id(), HttpStatus.SEE_OTHER);
        return;
      } catch (UniqueViolationException e) {
        session.rollback();
        errors = Map.of("name", "There is already a computer named \"" + form.name() + "\"; choose another name.");
      }
    }
    ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
    editor(ctx, session, id, form, errors);
  }

  private void editor(Context ctx, Session session, Integer id, ComputerForm form, Map<String, String> errors) {
    pages.render(
        ctx,
        "computers/form.jte",
        new Views.ComputerEditor(
            id,
            form,
            errors,
            new UserQuery(session).orderBy(UserTable.USERNAME.asc()).all(),
            new TagQuery(session).orderBy(TagTable.NAME.asc()).all(),
            Csrf.token(ctx)));
  }

  private static Computer find(Context ctx, Session session) {
    return Found.orNotFound(ctx, "computer", id -> new ComputerDao(session).get(id));
  }
}
