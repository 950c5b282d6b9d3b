package dev.kiln.engine;

import dev.kiln.dialect.Dialect;
import dev.kiln.error.DataAccessException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import javax.sql.DataSource;

/**
 * Opens connections from a DataSource the application configured (HikariCP, an application
 * server's pool). Its connections get the settings Kiln's own would have (SQLite's {@link
 * DatabaseUrl#SQLITE_PRAGMAS}, then {@code Dialect.prepareConnection}), once per physical
 * connection: a pooling DataSource hands out the same one again behind a new wrapper, which {@link
 * Connection#unwrap} sees through.
 */
final class DataSourceOpener implements ConnectionPool.Opener {
  private final DataSource dataSource;
  private final Dialect dialect;
  private final Set<Connection> configured = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

  DataSourceOpener(DataSource dataSource, Dialect dialect) {
    this.dataSource = dataSource;
    this.dialect = dialect;
  }

  /** The dialect of the DataSource's database, from the URL its first connection reports. */
  static Dialect dialectOf(DataSource dataSource) {
    String url;
    String product;
    try (Connection connection = dataSource.getConnection()) {
      url = String.valueOf(connection.getMetaData().getURL());
      product = connection.getMetaData().getDatabaseProductName();
    } catch (SQLException e) {
      throw new DataAccessException("Cannot connect to " + dataSource, null, e);
    }
    if (url.startsWith("jdbc:sqlite:")) {
      return Dialect.sqlite();
    }
    if (url.startsWith("jdbc:postgresql:")) {
      return Dialect.postgresql();
    }
    if (url.startsWith("jdbc:mariadb:") || url.startsWith("jdbc:mysql:")) {
      return Dialect.mariadb();
    }
    throw new IllegalArgumentException(
        "The DataSource connects to " + product + " (" + DatabaseUrl.redact(url) + "); Kiln supports SQLite,"
            + " PostgreSQL and MariaDB through sqlite-jdbc, pgjdbc and MariaDB Connector/J.");
  }

  @Override
  public Connection open() throws SQLException {
    Connection connection = dataSource.getConnection();
    try {
      if (!connection.getAutoCommit()) {
        // Kiln begins transactions itself; a statement outside one runs alone.
        connection.setAutoCommit(true);
      }
      if (configured.add(connection.unwrap(Connection.class))) {
        if (dialect == Dialect.sqlite()) {
          try (Statement statement = connection.createStatement()) {
            for (var pragma : DatabaseUrl.SQLITE_PRAGMAS.entrySet()) {
              statement.execute("PRAGMA " + pragma.getKey() + " = " + pragma.getValue());
            }
          }
        }
        dialect.prepareConnection(connection);
      }
      return connection;
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
  }
}
