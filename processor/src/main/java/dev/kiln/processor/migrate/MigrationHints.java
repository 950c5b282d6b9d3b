package dev.kiln.processor.migrate;

import java.util.Map;
import java.util.Set;

/**
 * What the developer declared about columns the next migration renames ({@code @RenamedFrom}) or
 * drops ({@code @DroppedColumn}), by table.
 *
 * @param tableRenames each renamed table's new name to its name in the snapshot
 * @param renames by table, each renamed column's new name to its name in the snapshot
 * @param drops by table, the columns to drop
 */
record MigrationHints(
    Map<String, String> tableRenames, Map<String, Map<String, String>> renames, Map<String, Set<String>> drops) {

  Map<String, String> renamesIn(String table) {
    return renames.getOrDefault(table, Map.of());
  }

  Set<String> dropsIn(String table) {
    return drops.getOrDefault(table, Set.of());
  }
}
