package dev.kiln.it.query;

import static dev.kiln.it.query.ReadingTable.ID;
import static dev.kiln.it.query.ReadingTable.SENSOR;
import static dev.kiln.it.query.ReadingTable.TABLE;
import static dev.kiln.it.query.ReadingTable.VALUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiln.Connection;
import dev.kiln.Database;
import dev.kiln.session.Session;
import dev.kiln.testing.TestDatabase;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * stream() over a million rows in a heap far too small to hold them: a list of a million readings
 * would not fit in 128 MB, nor would PostgreSQL's driver if it fetched the whole result at once.
 * Runs only in the surefire execution "streaming" of processor/pom.xml, which sets -Xmx128m and
 * the property enabling it, so the heap limit is always in force when it runs.
 */
@EnabledIfSystemProperty(named = "kiln.test.streaming", matches = "true")
class StreamingTest {
  private static final int ROWS = 1_000_000;
  /** The sum of the values 1 to ROWS. */
  private static final long VALUE_SUM = (long) ROWS * (ROWS + 1) / 2;

  private static final Map<TestDatabase, Database> DATABASES = new EnumMap<>(TestDatabase.class);

  @BeforeAll
  static void runUnderASmallHeap() {
    assertThat(Runtime.getRuntime().maxMemory()).as("max heap").isLessThanOrEqualTo(128L * 1024 * 1024);
  }

  @AfterAll
  static void closeDatabases() {
    DATABASES.values().forEach(Database::close);
  }

  /**
   * A database holding a million readings, id and value 1 to 1,000,000 and sensor id % 10, made
   * once per dialect by the database itself so that filling it takes seconds.
   */
  private static Database millionReadings(TestDatabase kind) throws SQLException {
    Database existing = DATABASES.get(kind);
    if (existing != null) {
      return existing;
    }
    String url = kind.freshUrl();
    Database database = Fixtures.create(url, TABLE);
    DATABASES.put(kind, database);
    String generate = switch (kind) {
      case POSTGRESQL -> "INSERT INTO reading (id, sensor, value) SELECT i, i % 10, i FROM generate_series(1, " + ROWS + ") AS i";
      // MariaDB's sequence engine: its recursive queries stop at 1,000 rounds.
      case MARIADB -> "INSERT INTO reading (id, sensor, value) SELECT seq, seq % 10, seq FROM seq_1_to_" + ROWS;
      case SQLITE -> "INSERT INTO reading (id, sensor, value) WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n"
          + " WHERE i < " + ROWS + ") SELECT i, i % 10, i FROM n";
    };
    try (java.sql.Connection jdbc = Fixtures.jdbc(url);
        Statement statement = jdbc.createStatement()) {
      assertThat(statement.executeUpdate(generate)).isEqualTo(ROWS);
      if (kind == TestDatabase.POSTGRESQL) {
        statement.execute("ANALYZE reading");
      }
    }
    return database;
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aQueryStreamsAMillionObjects(TestDatabase kind) throws SQLException {
    try (Session session = millionReadings(kind).openSession()) {
      ReadingQuery query = new ReadingDao(session).query();
      long[] countAndSum = new long[2];
      try (Stream<Reading> readings = query.stream()) {
        readings.forEach(reading -> {
          countAndSum[0]++;
          countAndSum[1] += reading.value;
        });
      }
      assertThat(countAndSum[0]).isEqualTo(ROWS);
      assertThat(countAndSum[1]).isEqualTo(VALUE_SUM);
      // The stream is closed, so the session's next statement runs.
      assertThat(new ReadingDao(session).query().count()).isEqualTo(ROWS);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aCoreSelectStreamsAMillionRows(TestDatabase kind) throws SQLException {
    try (Connection connection = millionReadings(kind).openConnection()) {
      long sum;
      try (Stream<Reading> readings = connection.execute(TABLE.select()).stream()) {
        sum = readings.mapToLong(reading -> reading.value).sum();
      }
      assertThat(sum).isEqualTo(VALUE_SUM);
      long count;
      try (Stream<Long> values = connection.execute(TABLE.select(VALUE).where(SENSOR.eq(3))).stream()) {
        count = values.filter(value -> value % 10 == 3).count();
      }
      assertThat(count).isEqualTo(ROWS / 10);
      // Closing the stream gave the connection back to statements.
      assertThat(connection.execute(TABLE.select(VALUE.sum())).one()).isEqualTo(VALUE_SUM);
    }
  }

  /** Taking ten rows reads ten rows: a mapper that counts calls proves the rest were never read. */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aStreamReadsOnlyTheRowsTaken(TestDatabase kind) throws SQLException {
    Database database = millionReadings(kind);
    AtomicInteger read = new AtomicInteger();
    try (Session session = database.openSession()) {
      try (Stream<Long> ids = new ReadingDao(session).query().orderBy(ID.desc()).select(ID).map(id -> count(read, id)).stream()) {
        assertThat(ids.limit(10).toList()).hasSize(10).startsWith(1_000_000L, 999_999L);
      }
      assertThat(read).hasValue(10);
      try (Stream<Reading> readings = new ReadingDao(session).query().where(SENSOR.eq(7)).orderBy(ID.asc()).stream()) {
        assertThat(readings.limit(3).map(reading -> reading.id).toList()).containsExactly(7L, 17L, 27L);
      }
      assertThat(new ReadingDao(session).query().where(ID.le(5L)).count()).isEqualTo(5);
    }
    read.set(0);
    try (Connection connection = database.openConnection()) {
      try (Stream<Long> ids = connection.execute(TABLE.select(ID).map(id -> count(read, id))).stream()) {
        assertThat(ids.limit(10).toList()).hasSize(10);
        // The connection refuses another statement while its stream is open...
        assertThatThrownBy(() -> connection.execute(TABLE.select(ID)).first()).isInstanceOf(IllegalStateException.class);
      }
      assertThat(read).hasValue(10);
      // ...and takes one again once it is closed.
      assertThat(connection.execute(TABLE.select(ID).where(ID.eq(42L))).one()).isEqualTo(42L);
    }
  }

  private static long count(AtomicInteger read, long id) {
    read.incrementAndGet();
    return id;
  }
}
