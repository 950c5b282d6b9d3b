package dev.kiln.relation;

/**
 * Loads a relationship for every object of one query result at once: the session's side of the
 * holders it read. A holder calls it on first use; it fills that holder and every other holder of
 * the same relationship among the objects the query returned.
 */
@FunctionalInterface
public interface Fetcher {
  void fetch();
}
