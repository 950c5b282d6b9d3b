package dev.kiln.session;

/** The work of a transaction block that returns nothing: {@code db.transaction(session -> ...)}. */
@FunctionalInterface
public interface SessionWork {
  void run(Session session);
}
