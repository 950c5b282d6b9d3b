package dev.kiln.processor.migrate;

import java.util.Map;
import java.util.Set;

/**
 * What the developer declared about tables and columns the next migration renames ({@code
 * renamedFrom}, {@code @RenamedFrom}) or drops ({@code @DroppedTable}, {@code @DroppedColumn}).
 *
 * @param tableRenames each renamed table's new name to its name in the snapshot
 * @param tableDrops the tables to drop
 * @param renames by table, each renamed column's new name to its name in the snapshot
 * @param drops by table, the columns to drop
 */
record MigrationHints(
    Map<String, String> tableRenames,
    Set<String> tableDrops,
    Map<String, Map<String, String>> renames,
    Map<String, Set<String>> drops) {

  Map<String, String> renamesIn(String table) {
    return renames.getOrDefault(table, Map.of());
  }

  Set<String> dropsIn(String table) {
    return drops.getOrDefault(table, Set.of());
  }
}
