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
  @EnumSource(TestDatabase.class)
  void relaxedCommitsAreSetByTheUrlEveryContenderConnectsWith(TestDatabase database) throws Exception {
    boolean sqlite = database == TestDatabase.SQLITE;
    Fixture durable = BenchmarkSmokeTest.fixture(database, "durable");
    Fixture relaxed = BenchmarkSmokeTest.fixture(database, "relaxed");
    try {
      // SQLite's synchronous levels: 1 is NORMAL, 2 is FULL.
      assertThat(commitSetting(durable, sqlite)).isEqualTo(sqlite ? "2" : "on");
      assertThat(commitSetting(relaxed, sqlite)).isEqualTo(sqlite ? "1" : "off");
      assertThat(relaxed.kilnUrl).isEqualTo(relaxed.jdbcUrl);
    } finally {
      durable.tearDown();
      relaxed.tearDown();
    }
  }

  private static String commitSetting(Fixture fixture, boolean sqlite) throws SQLException {
    try (Connection connection = fixture.connect();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sqlite ? "PRAGMA synchronous" : "SHOW synchronous_commit")) {
      result.next();
      return result.getString(1);
    }
  }
}
