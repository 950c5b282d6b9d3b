package dev.kiln.engine;

import dev.kiln.error.DataAccessException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Keeps a few idle connections so that sessions reuse them, with their prepared statements,
 * instead of opening a connection each time. Not a full pool: it never blocks or validates; an
 * application with many threads can bound concurrency itself.
 */
public final class ConnectionPool implements AutoCloseable {
  private static final int MAX_IDLE = 8;

  private final DatabaseUrl url;
  private final Deque<PooledConnection> idle = new ArrayDeque<>();
  /** Holds an in-memory database open for as long as this pool lives. */
  private final Connection keeper;
  private boolean closed;

  public ConnectionPool(DatabaseUrl url) {
    this.url = url;
    this.keeper = url.inMemory() ? open() : null;
  }

  public synchronized PooledConnection acquire() {
    if (closed) {
      throw new IllegalStateException("This Database is closed.");
    }
    PooledConnection connection = idle.pollFirst();
    if (connection != null) {
      return connection;
    }
    // In autocommit: a statement that runs alone is one round trip; transactions begin by need.
    return new PooledConnection(open());
  }

  /** Takes back a connection whose transaction has ended. */
  public synchronized void release(PooledConnection connection) {
    if (!closed && idle.size() < MAX_IDLE && connection.isUsable()) {
      idle.addFirst(connection);
    } else {
      connection.close();
    }
  }

  private Connection open() {
    try {
      return DriverManager.getConnection(url.jdbcUrl(), url.properties());
    } catch (SQLException e) {
      throw new DataAccessException("Cannot connect to " + url, null, e);
    }
  }

  @Override
  public synchronized void close() {
    closed = true;
    idle.forEach(PooledConnection::close);
    idle.clear();
    if (keeper != null) {
      try {
        keeper.close();
      } catch (SQLException ignored) {
        // Closing the last connection drops the in-memory database; nothing else to do.
      }
    }
  }
}
