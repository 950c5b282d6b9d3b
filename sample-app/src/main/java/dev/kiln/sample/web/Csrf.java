package dev.kiln.sample.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Cross-site request forgery protection by double submission: each browser gets a random token in
 * an HttpOnly, SameSite=Strict cookie, every form repeats it in a hidden field, and a POST whose
 * field does not match its cookie is refused with 403. Another site can make the browser send the
 * cookie, but cannot read it to fill in the field.
 */
final class Csrf {
  static final String FIELD = "_csrf";
  private static final String COOKIE = "kiln_csrf";
  private static final SecureRandom random = new SecureRandom();

  private Csrf() {}

  /** Before every request: hands out a token if the browser has none, and checks a POST's. */
  static void check(Context ctx) {
    String sent = ctx.cookie(COOKIE);
    String token = isWellFormed(sent) ? sent : issue(ctx);
    ctx.attribute(FIELD, token);
    if (ctx.method() == HandlerType.POST && !matches(sent, ctx.formParam(FIELD))) {
      throw new ForbiddenResponse(
          "This form has expired or was sent from another site. Reload the page and send it again.");
    }
  }

  /** The token a form on this request's page must send back. */
  static String token(Context ctx) {
    return ctx.attribute(FIELD);
  }

  private static String issue(Context ctx) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    ctx.cookie(new Cookie(COOKIE, token, "/", -1, false, true, null, SameSite.STRICT));
    return token;
  }

  private static boolean isWellFormed(String token) {
    return token != null && token.length() == 43 && token.matches("[A-Za-z0-9_-]+");
  }

  /** Compares in constant time, so the comparison does not leak how much of a guess was right. */
  private static boolean matches(String cookie, String field) {
    return isWellFormed(cookie)
        && field != null
        && MessageDigest.isEqual(cookie.getBytes(StandardCharsets.US_ASCII), field.getBytes(StandardCharsets.US_ASCII));
  }
}
