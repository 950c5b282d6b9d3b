package dev.kiln.error;

import java.util.List;

/**
 * The database's tables do not match the compiled models: {@link #differences()} lists every
 * difference, and the message shows them all, one per line.
 */
public final class SchemaDriftException extends KilnException {
  private static final long serialVersionUID = 1L;

  private final List<String> differences;

  public SchemaDriftException(String database, List<String> differences) {
    super("The database " + database + " does not match the compiled models (" + differences.size()
        + (differences.size() == 1 ? " difference" : " differences") + "):\n  - " + String.join("\n  - ", differences)
        + "\nApply the migrations that bring it up to date (db.migrate()), or create the tables on an empty"
        + " database (db.createAll()).");
    this.differences = List.copyOf(differences);
  }

  public List<String> differences() {
    return differences;
  }
}
