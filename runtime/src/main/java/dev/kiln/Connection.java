package dev.kiln;

import dev.kiln.dialect.Dialect;
import dev.kiln.engine.Engine;
import dev.kiln.engine.PooledConnection;
import dev.kiln.engine.SelectExecution;
import dev.kiln.query.Delete;
import dev.kiln.query.Insert;
import dev.kiln.query.Select;
import dev.kiln.query.SqlBuilder;
import dev.kiln.query.Update;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Kiln's core layer: statements built from a generated table's columns, run without sessions or
 * model tracking, like SQLAlchemy core's {@code engine.connect()}. Each statement commits on its
 * own; a failed one is rolled back. Close it (try-with-resources) to give the connection back.
 *
 * <pre>{@code
 * try (Connection connection = db.openConnection()) {
 *   connection.execute(TABLE.insert().set(NAME, "bob"));
 *   Optional<Person> person = connection.execute(TABLE.select().where(ID.eq(1))).first();
 * }
 * }</pre>
 */
public final class Connection implements AutoCloseable {
  private final Engine engine;
  private final Dialect dialect;
  private final Select.Runner runner = new Runner();
  private PooledConnection connection;
  private boolean streaming;
  /** Whether a statement's transaction is still open: only then does close() roll back. */
  private boolean transactionOpen;

  Connection(Engine engine) {
    this.engine = engine;
    this.dialect = engine.dialect();
    this.connection = engine.acquire();
  }

  /** The select, ready to run here: {@code execute(select).all()}, {@code .first()}, {@code .stream()}. */
  public <T, R> Select<T, R> execute(Select<T, R> select) {
    return select.runOn(runner);
  }

  /** Inserts the row; returns the number of rows inserted. */
  public int execute(Insert<?> insert) {
    return update(insert::render);
  }

  /** Updates the matching rows; returns how many. */
  public int execute(Update<?> update) {
    return update(update::render);
  }

  /** Deletes the matching rows; returns how many. */
  public int execute(Delete<?> delete) {
    return update(delete::render);
  }

  @Override
  public void close() {
    if (connection != null) {
      if (transactionOpen) {
        rollbackQuietly();
      }
      engine.release(connection);
      connection = null;
    }
  }

  private int update(Consumer<SqlBuilder> statement) {
    SqlBuilder sql = new SqlBuilder(dialect);
    statement.accept(sql);
    return inTransaction(
        sql,
        prepared -> {
          sql.bind(dialect.params(prepared));
          return prepared.executeUpdate();
        });
  }

  /** Runs one statement and commits it, or rolls it back and throws the translated failure. */
  private <R> R inTransaction(SqlBuilder sql, SqlWork<R> work) {
    PreparedStatement prepared = prepare(sql);
    try {
      R result = work.run(prepared);
      connection.connection().commit();
      transactionOpen = false;
      return result;
    } catch (SQLException e) {
      rollbackQuietly();
      throw dialect.translate(e, sql.sql());
    }
  }

  private PreparedStatement prepare(SqlBuilder sql) {
    if (connection == null) {
      throw new IllegalStateException("This connection is closed; open a new one with db.openConnection().");
    }
    if (streaming) {
      throw new IllegalStateException("Close the open stream before running another statement on this connection.");
    }
    engine.echo().statement(sql.sql(), sql::values);
    try {
      PreparedStatement prepared = connection.prepare(sql.sql());
      transactionOpen = true;
      return prepared;
    } catch (SQLException e) {
      throw dialect.translate(e, sql.sql());
    }
  }

  private void rollbackQuietly() {
    transactionOpen = false;
    try {
      connection.connection().rollback();
    } catch (SQLException e) {
      // The connection is broken; closing it keeps it out of the pool.
      connection.close();
    }
  }

  @FunctionalInterface
  private interface SqlWork<R> {
    R run(PreparedStatement statement) throws SQLException;
  }

  /** Runs this connection's selects; a stream keeps its transaction open until it is closed. */
  private final class Runner implements Select.Runner {
    @Override
    public <R> List<R> list(Select<?, R> select) {
      SqlBuilder sql = select.toSql(dialect);
      return inTransaction(
          sql,
          prepared -> {
            sql.bind(dialect.params(prepared));
            try (ResultSet resultSet = prepared.executeQuery()) {
              return SelectExecution.list(resultSet, select, dialect);
            }
          });
    }

    @Override
    public <R> Stream<R> stream(Select<?, R> select) {
      SqlBuilder sql = select.toSql(dialect);
      PreparedStatement prepared = prepare(sql);
      try {
        sql.bind(dialect.params(prepared));
        Stream<R> rows =
            SelectExecution.stream(prepared, sql.sql(), select, dialect, () -> {
              streaming = false;
              rollbackQuietly();
            });
        streaming = true;
        return rows;
      } catch (SQLException e) {
        rollbackQuietly();
        throw dialect.translate(e, sql.sql());
      }
    }
  }
}
