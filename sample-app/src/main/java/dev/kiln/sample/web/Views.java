package dev.kiln.sample.web;

import dev.kiln.Page;
import dev.kiln.sample.Computer;
import dev.kiln.sample.Tag;
import dev.kiln.sample.User;
import java.util.List;
import java.util.Map;

/**
 * What each template shows: one record per page, so a handler and its template agree on types and
 * javac checks both sides (the templates are compiled to Java with the module).
 */
public final class Views {
  private Views() {}

  public record Error(int status, String message) {}

  public record ComputerList(Page<Computer> page, Listing listing) {}

  public record ComputerDetail(Computer computer, String csrf) {}

  /**
   * The add and edit form: {@code id} is null when adding. {@code errors} maps a field's name
   * ({@code name}, {@code memory}, {@code owner}, {@code tags}) to what is wrong with it.
   */
  public record ComputerEditor(
      Integer id, ComputerForm form, Map<String, String> errors, List<User> users, List<Tag> tags, String csrf) {
    public String action() {
      return id == null ? "/computers" : "/computers/" + id;
    }

    public String title() {
      return id == null ? "Add a computer" : "Edit computer " + id;
    }
  }

  public record UserList(List<User> users) {}

  public record UserDetail(User user, List<Tag> tags) {}

  /** The add-user form; {@code errors} maps {@code username} or {@code email} to what is wrong. */
  public record UserEditor(UserForm form, Map<String, String> errors, String csrf) {}
}
