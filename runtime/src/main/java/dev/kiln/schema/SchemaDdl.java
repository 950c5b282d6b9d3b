package dev.kiln.schema;

import dev.kiln.dialect.Dialect;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements that create or drop a set of tables in one dialect, including tables that refer
 * to each other (a department's manager is an employee, an employee's department a department),
 * which no creation order puts each after the tables it refers to.
 */
public final class SchemaDdl {
  private SchemaDdl() {}

  /**
   * {@code CREATE TABLE} and its indexes for each table, in the order given ({@link TableOrder}:
   * each after the tables it refers to, where that is possible). Where the dialect checks that a
   * foreign key's table exists when the key is declared, a foreign key to a table later in the
   * list is left out of its {@code CREATE TABLE} and added by {@code ALTER TABLE} once every table
   * exists.
   */
  public static List<String> create(Dialect dialect, List<TableSchema> tables) {
    List<String> statements = new ArrayList<>();
    List<String> deferred = new ArrayList<>();
    for (int i = 0; i < tables.size(); i++) {
      TableSchema table = tables.get(i);
      List<TableSchema.ForeignKey> declared = new ArrayList<>();
      for (TableSchema.ForeignKey key : table.foreignKeys()) {
        if (dialect.checksReferencedTablesAtCreation() && leadsLater(tables, i, key)) {
          deferred.add(dialect.addConstraintSql(table.name(), key));
        } else {
          declared.add(key);
        }
      }
      statements.add(dialect.createTableSql(table.withForeignKeys(declared)));
      statements.addAll(dialect.createIndexSql(table));
    }
    statements.addAll(deferred);
    return statements;
  }

  /**
   * {@code DROP TABLE} for each table, the last first. A foreign key to a table later in the list
   * would keep that table from being dropped: before the drops, it is dropped itself where {@link
   * #create} added it by {@code ALTER TABLE}, and elsewhere (SQLite) checked only at commit.
   */
  public static List<String> drop(Dialect dialect, List<TableSchema> tables) {
    List<String> statements = new ArrayList<>();
    boolean checkAtCommit = false;
    for (int i = 0; i < tables.size(); i++) {
      for (TableSchema.ForeignKey key : tables.get(i).foreignKeys()) {
        if (!leadsLater(tables, i, key)) {
          continue;
        }
        if (dialect.checksReferencedTablesAtCreation()) {
          statements.add(dialect.dropConstraintSql(tables.get(i).name(), key));
        } else {
          checkAtCommit = true;
        }
      }
    }
    if (checkAtCommit) {
      statements.add(0, dialect.checkForeignKeysAtCommitSql());
    }
    for (int i = tables.size() - 1; i >= 0; i--) {
      statements.add(dialect.dropTableSql(tables.get(i).name()));
    }
    return statements;
  }

  /** Whether the key leads to a table after the table at {@code index}. */
  private static boolean leadsLater(List<TableSchema> tables, int index, TableSchema.ForeignKey key) {
    for (int later = index + 1; later < tables.size(); later++) {
      if (tables.get(later).name().equals(key.targetTable())) {
        return true;
      }
    }
    return false;
  }
}
