package dev.kiln.it.query;

import static dev.kiln.it.query.AthleteTable.NAME;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.Connection;
import dev.kiln.Database;
import dev.kiln.session.Session;
import dev.kiln.testing.SqlLog;
import dev.kiln.testing.TestDatabase;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * SQL echo through {@code System.Logger} "dev.kiln.sql", which with no other logging backend is
 * java.util.logging: statements at INFO with echo on and at DEBUG (JUL's FINE) otherwise, bound
 * values only with echoValues.
 */
class SqlEchoTest {
  private static final String SECRET = "s3cret-value";

  private SqlLog log;

  @BeforeEach
  void captureTheSqlLogger() {
    log = SqlLog.start();
  }

  @AfterEach
  void restoreTheSqlLogger() {
    log.close();
  }

  /** Creates the table, inserts and queries through a session, and runs a core select. */
  private void runStatements(TestDatabase kind, boolean echo, boolean echoValues) {
    try (Database database =
        Database.configure(kind.freshUrl()).echo(echo).echoValues(echoValues).tables(List.of(AthleteTable.TABLE)).connect()) {
      database.createAll();
      try (Session session = database.openSession()) {
        session.add(new Athlete("ann", "red", 30, null));
        new AthleteDao(session).query().where(NAME.eq(SECRET)).all();
        session.commit();
      }
      try (Connection connection = database.openConnection()) {
        connection.execute(AthleteTable.TABLE.select(NAME).where(NAME.ne(SECRET))).all();
      }
    }
  }

  /** The name quoted as the database's dialect quotes it in the statements logged. */
  private static String q(TestDatabase kind, String name) {
    return kind == TestDatabase.MARIADB ? "`" + name + "`" : "\"" + name + "\"";
  }

  private List<String> messagesAt(Level level) {
    return log.records().stream().filter(record -> record.getLevel().equals(level)).map(LogRecord::getMessage).toList();
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void echoLogsEveryStatementAtInfoWithoutItsValues(TestDatabase kind) {
    runStatements(kind, true, false);

    List<String> info = messagesAt(Level.INFO);
    assertThat(info).anyMatch(message -> message.startsWith("CREATE TABLE IF NOT EXISTS " + q(kind, "athlete")));
    assertThat(info).anyMatch(message -> message.startsWith("INSERT INTO " + q(kind, "athlete")));
    assertThat(info).anyMatch(message -> message.startsWith("SELECT ") && message.contains(q(kind, "name") + " = ?"));
    assertThat(info).anyMatch(message -> message.startsWith("SELECT " + q(kind, "name") + " FROM " + q(kind, "athlete") + " WHERE " + q(kind, "name") + " <> ?"));
    assertThat(info).noneMatch(message -> message.contains(SECRET) || message.contains("ann") || message.contains("values:"));
    assertThat(messagesAt(Level.FINE)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void echoValuesAddsTheBoundValues(TestDatabase kind) {
    runStatements(kind, true, true);

    List<String> info = messagesAt(Level.INFO);
    assertThat(info).anyMatch(message -> message.startsWith("INSERT INTO " + q(kind, "athlete")) && message.contains("values: [ann, red, 30, null]"));
    assertThat(info).anyMatch(message -> message.contains(q(kind, "name") + " = ?") && message.endsWith("values: [" + SECRET + "]"));
    assertThat(info).anyMatch(message -> message.contains(q(kind, "name") + " <> ?") && message.endsWith("values: [" + SECRET + "]"));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void withoutEchoStatementsAreLoggedOnlyAtDebug(TestDatabase kind) {
    runStatements(kind, false, false);

    assertThat(log.records()).noneMatch(record -> record.getLevel().intValue() >= Level.INFO.intValue());
    List<String> debug = messagesAt(Level.FINE);
    assertThat(debug).anyMatch(message -> message.startsWith("INSERT INTO " + q(kind, "athlete")));
    assertThat(debug).anyMatch(message -> message.contains(q(kind, "name") + " = ?"));
    assertThat(debug).noneMatch(message -> message.contains(SECRET));
  }
}
