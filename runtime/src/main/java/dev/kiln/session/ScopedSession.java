package dev.kiln.session;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * One session per thread, for code that handles a request or a job on one thread and wants to
 * reach "the" session from anywhere in it: SQLAlchemy's {@code scoped_session}, and Flask's
 * teardown that calls {@code remove()}. {@link #get()} opens the thread's session on first use;
 * {@link #remove()} closes it (rolling back anything not committed) and forgets it. {@link
 * #run(Runnable)} does both around a handler, so the session is closed even when the handler
 * throws. Thread-safe; share one per Database.
 *
 * <pre>{@code
 * ScopedSession sessions = db.scopedSession();
 * server.get("/users/{id}", request -> sessions.call(() -> render(new UserDao(sessions.get()).get(id))));
 * }</pre>
 */
public final class ScopedSession {
  private final Supplier<Session> opener;
  private final ThreadLocal<Session> current = new ThreadLocal<>();

  /** Use {@code Database.scopedSession()}. */
  public ScopedSession(Supplier<Session> opener) {
    this.opener = Objects.requireNonNull(opener, "opener");
  }

  /** This thread's session, opened now if it has none. */
  public Session get() {
    Session session = current.get();
    if (session == null) {
      session = opener.get();
      current.set(session);
    }
    return session;
  }

  /** Closes this thread's session, if it has one, rolling back what it did not commit, and forgets it. */
  public void remove() {
    Session session = current.get();
    if (session != null) {
      current.remove();
      session.close();
    }
  }

  /** Runs the handler, then {@link #remove()}s this thread's session, even if the handler threw. */
  public void run(Runnable handler) {
    try {
      handler.run();
    } finally {
      remove();
    }
  }

  /** As {@link #run(Runnable)}, returning what the handler returns. */
  public <R> R call(Supplier<R> handler) {
    try {
      return handler.get();
    } finally {
      remove();
    }
  }
}
