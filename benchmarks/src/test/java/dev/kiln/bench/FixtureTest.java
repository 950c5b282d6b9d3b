package dev.kiln.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The fixture's commit setting reaches the connections the contenders open. */
class FixtureTest {
  @ParameterizedTest
  @EnumSource(value = TestDatabase.class, names = {"SQLITE", "POSTGRESQL"}) // the benchmarks run on these two
  void relaxedCommitsAreSetByTheUrlEveryContenderConnectsWith(TestDatabase database) throws Exception {
    boolean sqlite = database == TestDatabase.SQLITE;
    Fixture durable = BenchmarkSmokeTest.fixture(database, "durable");
    Fixture relaxed = BenchmarkSmokeTest.fixture(database, "relaxed");
    try {
      // SQLite's synchronous levels: 1 is NORMAL, 2 (its default) is FULL. PostgreSQL's durable
      // setting is whatever the server is configured with (embedded servers turn it off), so
      // what is checked there is who set it: the connection, for relaxed commits only.
      if (sqlite) {
        assertThat(commitSetting(durable, true)).isEqualTo("2");
        assertThat(commitSetting(relaxed, true)).isEqualTo("1");
      } else {
        assertThat(commitSetting(durable, false)).endsWith(" from server");
        assertThat(commitSetting(relaxed, false)).isEqualTo("off from client");
      }
      assertThat(relaxed.kilnUrl).isEqualTo(relaxed.jdbcUrl);
    } finally {
      durable.tearDown();
      relaxed.tearDown();
    }
  }

  /** SQLite's {@code synchronous} level; PostgreSQL's {@code synchronous_commit} and its source. */
  private static String commitSetting(Fixture fixture, boolean sqlite) throws SQLException {
    String query =
        sqlite
            ? "PRAGMA synchronous"
            : "SELECT setting || CASE WHEN source = 'client' THEN ' from client' ELSE ' from server' END"
                + " FROM pg_settings WHERE name = 'synchronous_commit'";
    try (Connection connection = fixture.connect();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(query)) {
      result.next();
      return result.getString(1);
    }
  }
}
