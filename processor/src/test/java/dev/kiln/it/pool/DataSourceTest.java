package dev.kiln.it.pool;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.kiln.Database;
import dev.kiln.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code Database.connect(DataSource)} with HikariCP, the README's recipe: Kiln takes its
 * connections from Hikari, gives every one back, and keeps none idle of its own.
 */
class DataSourceTest {
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void sessionsRunOnHikariAndGiveEveryConnectionBack(TestDatabase kind) throws Exception {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl(kind.freshUrl()));
    config.setMaximumPoolSize(3);
    int threads = 6;
    int increments = 100;
    try (HikariDataSource hikari = new HikariDataSource(config);
        Database database = Database.configure(hikari).tables(List.of(CounterTable.TABLE)).connect()) {
      assertThat(database.dialect().kind().name()).isEqualTo(kind.name());
      int id = Counters.createOne(database);

      Counters.incrementConcurrently(database, id, threads, increments);

      assertThat(Counters.hits(database, id)).isEqualTo(threads * increments);
      assertThat(hikari.getHikariPoolMXBean().getActiveConnections()).isZero();
      assertThat(hikari.getHikariPoolMXBean().getTotalConnections()).isBetween(1, 3);
      assertThat(database.poolStats().inUse()).isZero();
      assertThat(database.poolStats().idle()).as("Hikari keeps the idle connections, not Kiln").isZero();
    }
  }

  private static String jdbcUrl(String kilnUrl) {
    return kilnUrl.startsWith("sqlite:///") ? "jdbc:sqlite:" + kilnUrl.substring("sqlite:///".length()) : kilnUrl;
  }
}
