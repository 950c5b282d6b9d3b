package dev.kiln.sample.web;

import dev.kiln.Database;
import dev.kiln.session.Session;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * One Kiln session per request, opened before the handler and closed after it in a {@code
 * finally}, so a handler that throws (a 404, a failed commit, a bug) still gives its connection
 * back and leaves nothing uncommitted behind.
 */
final class RequestSessions {
  /** A request handler that works in the request's session. */
  @FunctionalInterface
  interface SessionHandler {
    void handle(Context ctx, Session session) throws Exception;
  }

  private final Database db;

  RequestSessions(Database db) {
    this.db = db;
  }

  /** For pages that only read: a read-only session, whose reads run alone, one round trip each. */
  Handler reading(SessionHandler handler) {
    return ctx -> {
      try (Session session = db.openReadOnlySession()) {
        handler.handle(ctx, session);
      }
    };
  }

  /** For forms that write: a session whose changes the handler commits. */
  Handler writing(SessionHandler handler) {
    return ctx -> {
      try (Session session = db.openSession()) {
        handler.handle(ctx, session);
      }
    };
  }
}
