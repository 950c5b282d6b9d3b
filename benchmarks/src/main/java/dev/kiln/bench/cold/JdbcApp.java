package dev.kiln.bench.cold;

import dev.kiln.bench.cold.kiln.Model001;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * W8's floor: an application on hand-written JDBC, as its {@code main} would start it: a
 * connection from {@link DriverManager} (autocommit off, as {@link dev.kiln.bench.JdbcContender}),
 * one prepared select of {@code m001}'s seven columns by key read into a {@link Model001}, and a
 * commit. It knows one table, so it does not depend on the number of entities.
 */
final class JdbcApp implements AutoCloseable {
  /** Kiln's SQLite text format for a LocalDateTime, as the table holds it. */
  private static final String SQLITE_TIMESTAMP = "yyyy-MM-dd HH:mm:ss.SSSSSS";

  private final boolean sqlite;
  private final Connection connection;

  JdbcApp(ColdDatabase where) throws SQLException {
    sqlite = where.sqlite();
    connection = DriverManager.getConnection(where.jdbcUrl(), where.properties());
    connection.setAutoCommit(false);
  }

  Model001 get(long key) throws SQLException {
    Model001 row = null;
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT id, name, amount, created_at, active, note, code FROM m001 WHERE id = ?")) {
      select.setLong(1, key);
      try (ResultSet rs = select.executeQuery()) {
        if (rs.next()) {
          row = new Model001();
          row.setId(rs.getLong(1));
          row.setName(rs.getString(2));
          if (sqlite) {
            // SQLite has no decimal or timestamp type: the table holds them as text.
            row.setAmount(new BigDecimal(rs.getString(3)));
            row.setCreatedAt(
                LocalDateTime.parse(rs.getString(4), DateTimeFormatter.ofPattern(SQLITE_TIMESTAMP)));
          } else {
            row.setAmount(rs.getBigDecimal(3));
            row.setCreatedAt(rs.getObject(4, LocalDateTime.class));
          }
          row.setActive(rs.getBoolean(5));
          row.setNote(rs.getString(6));
          row.setCode(rs.getString(7));
        }
      }
    }
    connection.commit();
    return row;
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
