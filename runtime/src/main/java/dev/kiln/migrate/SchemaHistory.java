package dev.kiln.migrate;

import dev.kiln.dialect.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The table {@code kiln_schema_history}: one row per applied migration (or per baseline), with the
 * script's checksum, when it ran, how long it took and whether it succeeded.
 */
final class SchemaHistory {
  static final String TABLE = "kiln_schema_history";
  /** The description of a baseline's row. */
  static final String BASELINE = "<< baseline >>";

  /** A row of the history. */
  record Applied(int version, String script, long checksum, boolean success) {
    boolean isBaseline() {
      return script.equals(BASELINE);
    }
  }

  private final Dialect dialect;
  private final String table;

  SchemaHistory(Dialect dialect) {
    this.dialect = dialect;
    this.table = dialect.quote(TABLE);
  }

  String createSql() {
    return "CREATE TABLE IF NOT EXISTS " + table + " ("
        + q("version") + " INTEGER NOT NULL PRIMARY KEY, "
        + q("description") + " VARCHAR(200) NOT NULL, "
        + q("script") + " VARCHAR(400) NOT NULL, "
        + q("checksum") + " BIGINT NOT NULL, "
        + q("installed_on") + " VARCHAR(40) NOT NULL, "
        + q("execution_ms") + " BIGINT NOT NULL, "
        + q("success") + " INTEGER NOT NULL)";
  }

  /** Every row, by version. */
  Map<Integer, Applied> read(Connection connection) throws SQLException {
    Map<Integer, Applied> rows = new LinkedHashMap<>();
    String sql = "SELECT " + q("version") + ", " + q("script") + ", " + q("checksum") + ", " + q("success")
        + " FROM " + table + " ORDER BY " + q("version");
    try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
      while (result.next()) {
        rows.put(result.getInt(1), new Applied(result.getInt(1), result.getString(2), result.getLong(3), result.getInt(4) == 1));
      }
    }
    return rows;
  }

  void record(Connection connection, Migration migration, long millis, boolean success) throws SQLException {
    insert(connection, migration.version(), migration.description(), migration.script(), migration.checksum(), millis, success);
  }

  void recordBaseline(Connection connection, int version) throws SQLException {
    insert(connection, version, BASELINE, BASELINE, 0, 0, true);
  }

  private void insert(
      Connection connection, int version, String description, String script, long checksum, long millis, boolean success)
      throws SQLException {
    String sql = "INSERT INTO " + table + " (" + q("version") + ", " + q("description") + ", " + q("script") + ", "
        + q("checksum") + ", " + q("installed_on") + ", " + q("execution_ms") + ", " + q("success")
        + ") VALUES (?, ?, ?, ?, ?, ?, ?)";
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      insert.setInt(1, version);
      insert.setString(2, description);
      insert.setString(3, script);
      insert.setLong(4, checksum);
      insert.setString(5, Instant.now().toString());
      insert.setLong(6, millis);
      insert.setInt(7, success ? 1 : 0);
      insert.executeUpdate();
    }
  }

  private String q(String column) {
    return dialect.quote(column);
  }
}
