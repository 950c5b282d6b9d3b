package dev.kiln.it.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiln.Database;
import dev.kiln.error.ConnectionLostException;
import dev.kiln.session.RetryPolicy;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: an embedded PostgreSQL stopped and started again while the application runs. While it
 * is down, a transaction fails with the typed, retryable lost-connection error; after the restart
 * the next transaction succeeds on the same Database, whose dead connections were validated and
 * replaced. Always embedded: a shared server cannot be restarted by a test.
 */
class PostgresRestartTest {
  @Test
  void theFirstTransactionAfterARestartSucceedsWithoutReopeningTheDatabase() throws Exception {
    Path data = Files.createTempDirectory("kiln-restart-");
    int port = freePort();
    EmbeddedPostgres server = start(data, port);
    try (Database database =
        Database.configure(server.getJdbcUrl("postgres", "postgres")).tables(List.of(CounterTable.TABLE)).connect()) {
      int id = Counters.createOne(database);
      database.transaction(session -> Counters.increment(session, id));
      long openedBeforeRestart = database.poolStats().opened();

      server.close();
      assertThatThrownBy(
              () -> database.transaction().retry(RetryPolicy.none()).run(session -> Counters.increment(session, id)))
          .isInstanceOf(ConnectionLostException.class);
      server = start(data, port);

      database.transaction(session -> Counters.increment(session, id));
      assertThat(Counters.hits(database, id)).isEqualTo(2);
      assertThat(database.poolStats().opened()).isGreaterThan(openedBeforeRestart);
      assertThat(database.poolStats().inUse()).isZero();
    } finally {
      server.close();
    }
  }

  private static EmbeddedPostgres start(Path data, int port) throws IOException {
    return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
