package dev.kiln.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A connection with its own prepared-statement cache. sqlite-jdbc caches nothing, and preparing a
 * statement costs more than running a simple one, so statements live as long as the connection.
 */
public final class PooledConnection implements AutoCloseable {
  private static final int STATEMENT_CACHE_SIZE = 256;

  private final Connection connection;
  private final Map<String, PreparedStatement> statements =
      new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
          if (size() <= STATEMENT_CACHE_SIZE) {
            return false;
          }
          closeQuietly(eldest.getValue());
          return true;
        }
      };

  public PooledConnection(Connection connection) {
    this.connection = connection;
  }

  public Connection connection() {
    return connection;
  }

  /** The cached statement for this SQL, prepared on first use. */
  public PreparedStatement prepare(String sql) throws SQLException {
    PreparedStatement statement = statements.get(sql);
    if (statement == null) {
      statement = connection.prepareStatement(sql);
      statements.put(sql, statement);
    }
    return statement;
  }

  /** Runs a statement that takes no parameters and returns no rows, such as {@code COMMIT}. */
  public void execute(String sql) throws SQLException {
    prepare(sql).execute();
  }

  public boolean isUsable() {
    try {
      return !connection.isClosed();
    } catch (SQLException e) {
      return false;
    }
  }

  @Override
  public void close() {
    statements.values().forEach(PooledConnection::closeQuietly);
    statements.clear();
    closeQuietly(connection);
  }

  private static void closeQuietly(AutoCloseable resource) {
    try {
      resource.close();
    } catch (Exception ignored) {
      // Closing is best effort; the connection is being discarded.
    }
  }
}
