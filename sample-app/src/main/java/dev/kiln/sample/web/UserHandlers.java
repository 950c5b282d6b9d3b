package dev.kiln.sample.web;

import dev.kiln.error.UniqueViolationException;
import dev.kiln.sample.Computer;
import dev.kiln.sample.ComputerTable;
import dev.kiln.sample.Tag;
import dev.kiln.sample.User;
import dev.kiln.sample.UserQuery;
import dev.kiln.sample.UserTable;
import dev.kiln.session.Session;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The fourth tutorial's users: list, add, and a user's page with their computers and tags. */
final class UserHandlers {
  private final Pages pages;

  UserHandlers(Pages pages) {
    this.pages = pages;
  }

  /** GET /users */
  void list(Context ctx, Session session) {
    pages.render(ctx, "users/list.jte", new Views.UserList(new UserQuery(session).orderBy(UserTable.USERNAME.asc()).all()));
  }

  /**
   * GET /users/{id}: the user, their computers and each computer's tags, read eagerly in three
   * statements whatever the number of computers.
   */
  void show(Context ctx, Session session) {
    User user = Found.orNotFound(ctx, "user", id -> new UserQuery(session)
        .where(UserTable.ID.eq(id)).load(UserTable.COMPUTERS, ComputerTable.TAGS).first());
    pages.render(ctx, "users/show.jte", new Views.UserDetail(user, tagsOf(user)));
  }

  /** GET /users/new */
  void newForm(Context ctx, Session session) {
    pages.render(ctx, "users/form.jte", new Views.UserEditor(UserForm.empty(), Map.of(), Csrf.token(ctx)));
  }

  /** POST /users: as adding a computer, a taken username or email comes back as a message on the form. */
  void create(Context ctx, Session session) {
    UserForm form = UserForm.from(ctx);
    Map<String, String> errors = form.check();
    if (errors.isEmpty()) {
      User user = new User(form.username(), form.email());
      try {
        session.add(user);
        session.commit();
        ctx.redirect("/users/" + user.getId(), HttpStatus.SEE_OTHER);
        return;
      } catch (UniqueViolationException e) {
        session.rollback();
        errors = new LinkedHashMap<>();
        String field = e.column().filter(column -> column.equals("email")).orElse("username");
        errors.put(field, "That " + field + " is taken; choose another.");
      }
    }
    ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
    pages.render(ctx, "users/form.jte", new Views.UserEditor(form, errors, Csrf.token(ctx)));
  }

  /** Every tag on the user's computers, once each, in the order first met. */
  private static List<Tag> tagsOf(User user) {
    Map<Integer, Tag> tags = new LinkedHashMap<>();
    for (Computer computer : user.getComputers()) {
      for (Tag tag : computer.tags()) {
        tags.putIfAbsent(tag.id(), tag);
      }
    }
    return new ArrayList<>(tags.values());
  }
}
