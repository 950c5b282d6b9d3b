package dev.kiln.migrate;

import dev.kiln.annotation.OnDelete;
import dev.kiln.dialect.Dialect;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads tables from the database's catalog through JDBC's {@code DatabaseMetaData}, in the schema
 * the connection works in (PostgreSQL's current schema, MariaDB's current database, SQLite's main
 * database), so that two schemas on one server do not see each other's tables.
 */
public final class CatalogReader {
  /** A named check constraint in SQLite's stored {@code CREATE TABLE}, as Kiln writes it. */
  private static final Pattern SQLITE_CHECK = Pattern.compile("CONSTRAINT\\s+\"((?:[^\"]|\"\")+)\"\\s+CHECK", Pattern.CASE_INSENSITIVE);

  private final Connection connection;
  private final Dialect.Kind kind;
  private final DatabaseMetaData catalog;
  private final String catalogName;
  private final String schemaName;

  public CatalogReader(Connection connection, Dialect dialect) throws SQLException {
    this.connection = connection;
    this.kind = dialect.kind();
    this.catalog = connection.getMetaData();
    boolean mariaDb = dialect.kind() == Dialect.Kind.MARIADB;
    this.catalogName = mariaDb ? connection.getCatalog() : null;
    this.schemaName = dialect.kind() == Dialect.Kind.POSTGRESQL ? connection.getSchema() : null;
  }

  /** The names of the tables there are, lower-cased. */
  public Set<String> tableNames() throws SQLException {
    Set<String> names = new HashSet<>();
    try (ResultSet rows = catalog.getTables(catalogName, schemaName, "%", new String[] {"TABLE"})) {
      while (rows.next()) {
        names.add(rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
      }
    }
    return names;
  }

  /** The table, or empty if the database has none of that name. */
  Optional<LiveTable> read(String table) throws SQLException {
    Map<String, LiveTable.Column> columns = new LinkedHashMap<>();
    try (ResultSet rows = catalog.getColumns(catalogName, schemaName, table, null)) {
      while (rows.next()) {
        String name = rows.getString("COLUMN_NAME");
        columns.put(name, new LiveTable.Column(
            name,
            rows.getString("TYPE_NAME"),
            rows.getInt("COLUMN_SIZE"),
            rows.getInt("DECIMAL_DIGITS"),
            rows.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls));
      }
    }
    if (columns.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new LiveTable(table, columns, primaryKey(table), indexes(table), foreignKeys(table), checks(table)));
  }

  private List<String> primaryKey(String table) throws SQLException {
    TreeMap<Integer, String> parts = new TreeMap<>();
    try (ResultSet rows = catalog.getPrimaryKeys(catalogName, schemaName, table)) {
      while (rows.next()) {
        parts.put(rows.getInt("KEY_SEQ"), rows.getString("COLUMN_NAME"));
      }
    }
    return new ArrayList<>(parts.values());
  }

  private List<LiveTable.Index> indexes(String table) throws SQLException {
    Map<String, TreeMap<Integer, String>> columns = new LinkedHashMap<>();
    Map<String, Boolean> unique = new LinkedHashMap<>();
    try (ResultSet rows = catalog.getIndexInfo(catalogName, schemaName, table, false, false)) {
      while (rows.next()) {
        String name = rows.getString("INDEX_NAME");
        String column = rows.getString("COLUMN_NAME");
        if (name == null || column == null) {
          continue; // table statistics, not an index
        }
        columns.computeIfAbsent(name, unused -> new TreeMap<>()).put(rows.getInt("ORDINAL_POSITION"), column);
        unique.put(name, !rows.getBoolean("NON_UNIQUE"));
      }
    }
    List<LiveTable.Index> indexes = new ArrayList<>();
    columns.forEach((name, parts) -> indexes.add(new LiveTable.Index(name, new ArrayList<>(parts.values()), unique.get(name))));
    return indexes;
  }

  private List<LiveTable.ForeignKey> foreignKeys(String table) throws SQLException {
    // By constraint name where the catalog gives one (SQLite's are unnamed: by place in the list).
    Map<String, KeyParts> keys = new LinkedHashMap<>();
    try (ResultSet rows = catalog.getImportedKeys(catalogName, schemaName, table)) {
      int unnamed = 0;
      while (rows.next()) {
        String name = rows.getString("FK_NAME");
        int sequence = rows.getInt("KEY_SEQ");
        if (name == null || name.isEmpty()) {
          unnamed += sequence == 1 ? 1 : 0;
          name = "#" + unnamed;
        }
        KeyParts key = keys.computeIfAbsent(name, KeyParts::new);
        key.target = rows.getString("PKTABLE_NAME");
        key.onDelete = onDelete(rows.getShort("DELETE_RULE"));
        key.columns.put(sequence, rows.getString("FKCOLUMN_NAME"));
        key.targetColumns.put(sequence, rows.getString("PKCOLUMN_NAME"));
      }
    }
    List<LiveTable.ForeignKey> found = new ArrayList<>();
    for (KeyParts key : keys.values()) {
      found.add(new LiveTable.ForeignKey(
          key.name.startsWith("#") ? null : key.name,
          new ArrayList<>(key.columns.values()),
          key.target,
          new ArrayList<>(key.targetColumns.values()),
          key.onDelete));
    }
    return found;
  }

  /**
   * The names of the table's check constraints, which JDBC's catalog does not describe: from
   * PostgreSQL's {@code pg_constraint}, MariaDB's {@code information_schema}, or SQLite's stored
   * {@code CREATE TABLE} statement (it keeps no catalog of constraints).
   */
  private List<String> checks(String table) throws SQLException {
    String sql = switch (kind) {
      case POSTGRESQL -> "SELECT c.conname FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid"
          + " JOIN pg_namespace n ON n.oid = t.relnamespace WHERE c.contype = 'c' AND t.relname = ? AND n.nspname = current_schema()";
      case MARIADB -> "SELECT CONSTRAINT_NAME FROM information_schema.TABLE_CONSTRAINTS"
          + " WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = ? AND CONSTRAINT_TYPE = 'CHECK'";
      case SQLITE -> "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?";
    };
    List<String> names = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, table);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          if (kind != Dialect.Kind.SQLITE) {
            names.add(rows.getString(1));
            continue;
          }
          Matcher check = SQLITE_CHECK.matcher(rows.getString(1));
          while (check.find()) {
            names.add(check.group(1).replace("\"\"", "\""));
          }
        }
      }
    }
    return names;
  }

  /** A foreign key's catalog rows, one per column, gathered. */
  private static final class KeyParts {
    final String name;
    final TreeMap<Integer, String> columns = new TreeMap<>();
    final TreeMap<Integer, String> targetColumns = new TreeMap<>();
    String target;
    OnDelete onDelete;

    KeyParts(String name) {
      this.name = name;
    }
  }

  private static OnDelete onDelete(short rule) {
    return switch (rule) {
      case DatabaseMetaData.importedKeyCascade -> OnDelete.CASCADE;
      case DatabaseMetaData.importedKeySetNull -> OnDelete.SET_NULL;
      case DatabaseMetaData.importedKeyRestrict -> OnDelete.RESTRICT;
      default -> OnDelete.NO_ACTION;
    };
  }
}
