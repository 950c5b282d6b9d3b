package dev.kiln;

import dev.kiln.dialect.Dialect;
import dev.kiln.engine.Engine;
import dev.kiln.engine.PooledConnection;
import dev.kiln.engine.SelectExecution;
import dev.kiln.engine.StatementWork;
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
 * model tracking, like SQLAlchemy core's {@code engine.connect()}. Each statement runs on its own
 * in autocommit: one round trip, committed as it completes, nothing left of it if it fails. A
 * stream runs in a read transaction of its own (PostgreSQL reads through a cursor only inside
 * one), ended when the stream is closed. Close the connection (try-with-resources) to give it back.
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
  /** Whether a stream's transaction is still open: only then does close() roll back. */
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
    return autocommit(
        sql,
        prepared -> {
          sql.bind(dialect.params(prepared));
          return prepared.executeUpdate();
        });
  }

  /** Runs one statement in autocommit, under the Database's statement timeout if it has one. */
  private <R> R autocommit(SqlBuilder sql, StatementWork<R> work) {
    requireReady(sql);
    try {
      return connection.run(sql.sql(), engine.statementTimeout(), work);
    } catch (SQLException e) {
      throw connection.noteFailure(dialect.translate(e, sql.sql()));
    }
  }

  private PreparedStatement prepare(SqlBuilder sql) {
    requireReady(sql);
    try {
      return connection.prepare(sql.sql());
    } catch (SQLException e) {
      throw connection.noteFailure(dialect.translate(e, sql.sql()));
    }
  }

  /** Checks that a statement may run now, and echoes it. */
  private void requireReady(SqlBuilder sql) {
    if (connection == null) {
      throw new IllegalStateException("This connection is closed; open a new one with db.openConnection().");
    }
    if (streaming) {
      throw new IllegalStateException("Close the open stream before running another statement on this connection.");
    }
    engine.echo().statement(sql.sql(), sql::values);
  }

  private void rollbackQuietly() {
    transactionOpen = false;
    try {
      dialect.rollback(connection.connection(), connection::execute);
    } catch (SQLException e) {
      // The connection is broken; the pool closes it when it comes back.
      connection.markBroken();
    }
  }

  /** Runs this connection's selects; a stream keeps its transaction open until it is closed. */
  private final class Runner implements Select.Runner {
    @Override
    public <R> List<R> list(Select<?, R> select) {
      SqlBuilder sql = select.toSql(dialect);
      return autocommit(
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
        dialect.begin(connection.connection(), connection::execute, null, true, false);
        transactionOpen = true;
        sql.bind(dialect.params(prepared));
        Stream<R> rows =
            SelectExecution.stream(prepared, sql.sql(), select, dialect, () -> {
              streaming = false;
              rollbackQuietly();
            });
        streaming = true;
        return rows;
      } catch (SQLException e) {
        if (transactionOpen) {
          rollbackQuietly();
        }
        throw connection.noteFailure(dialect.translate(e, sql.sql()));
      }
    }
  }
}
