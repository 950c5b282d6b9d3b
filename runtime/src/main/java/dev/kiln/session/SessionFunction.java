package dev.kiln.session;

/** The work of a transaction block that returns a value: {@code db.transactionResult(session -> ...)}. */
@FunctionalInterface
public interface SessionFunction<R> {
  R apply(Session session);
}
