package dev.kiln.engine;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/** What runs a prepared statement and reads its outcome. */
@FunctionalInterface
public interface StatementWork<R> {
  R run(PreparedStatement statement) throws SQLException;
}
