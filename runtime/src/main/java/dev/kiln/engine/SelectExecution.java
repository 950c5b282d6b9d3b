package dev.kiln.engine;

import dev.kiln.dialect.Dialect;
import dev.kiln.jdbc.Row;
import dev.kiln.query.Select;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Reads a select's result rows, all at once or as a stream; shared by sessions and connections. */
public final class SelectExecution {
  /** Rows a streaming cursor fetches per round trip where the driver would otherwise fetch all. */
  private static final int STREAM_FETCH_SIZE = 500;

  private SelectExecution() {}

  public static <R> List<R> list(ResultSet resultSet, Select<?, R> select, Dialect dialect) throws SQLException {
    Row row = dialect.row(resultSet);
    List<R> rows = new ArrayList<>();
    while (resultSet.next()) {
      rows.add(select.read(row));
    }
    return rows;
  }

  /**
   * A stream over the statement's result rows, fetched a batch at a time (PostgreSQL needs a fetch
   * size, and an open transaction, to use a cursor; SQLite steps its cursor anyway). Closing the
   * stream closes the result set and then runs {@code onClose}. A failure is translated by the
   * dialect and also closes.
   */
  public static <R> Stream<R> stream(
      PreparedStatement statement, String sql, Select<?, R> select, Dialect dialect, Runnable onClose)
      throws SQLException {
    statement.setFetchSize(STREAM_FETCH_SIZE);
    ResultSet resultSet = statement.executeQuery();
    Row row = dialect.row(resultSet);
    Spliterator<R> rows =
        new Spliterators.AbstractSpliterator<R>(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
          @Override
          public boolean tryAdvance(Consumer<? super R> action) {
            try {
              if (!resultSet.next()) {
                return false;
              }
              action.accept(select.read(row));
              return true;
            } catch (SQLException e) {
              throw dialect.translate(e, sql);
            }
          }
        };
    return StreamSupport.stream(rows, false)
        .onClose(
            () -> {
              try {
                resultSet.close();
                // The statement is cached for reuse: give it back as it was.
                statement.setFetchSize(0);
              } catch (SQLException e) {
                throw dialect.translate(e, sql);
              } finally {
                onClose.run();
              }
            });
  }
}
