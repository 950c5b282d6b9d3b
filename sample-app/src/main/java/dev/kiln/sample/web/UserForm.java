package dev.kiln.sample.web;

import dev.kiln.sample.UserTable;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** The add-user form as sent, with its checks; lengths come from the {@code User} model. */
public record UserForm(String username, String email) {
  static UserForm empty() {
    return new UserForm("", "");
  }

  static UserForm from(Context ctx) {
    return new UserForm(text(ctx.formParam("username")), text(ctx.formParam("email")));
  }

  /** What is wrong, by field; empty when the form can be saved. */
  Map<String, String> check() {
    Map<String, String> errors = new LinkedHashMap<>();
    int maxUsername = Limits.maxLength(UserTable.USERNAME);
    int maxEmail = Limits.maxLength(UserTable.EMAIL);
    if (username.isEmpty()) {
      errors.put("username", "Choose a username.");
    } else if (username.codePointCount(0, username.length()) > maxUsername) {
      errors.put("username", "A username has at most " + maxUsername + " characters.");
    }
    if (!email.matches("[^@\\s]+@[^@\\s]+")) {
      errors.put("email", "Give an email address such as ada@example.com.");
    } else if (email.length() > maxEmail) {
      errors.put("email", "An email address has at most " + maxEmail + " characters here.");
    }
    return errors;
  }

  private static String text(String value) {
    return value == null ? "" : value.strip();
  }
}
