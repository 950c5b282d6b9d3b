package dev.kiln.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiln.dialect.Dialect;
import org.junit.jupiter.api.Test;

/** The URL forms of the tutorials, and JDBC's, resolve to a dialect and a JDBC URL. */
class DatabaseUrlTest {
  @Test
  void sqliteWithFourSlashesIsAnAbsolutePath() {
    DatabaseUrl url = DatabaseUrl.parse("sqlite:////tmp/test.db");
    assertThat(url.dialect()).isSameAs(Dialect.sqlite());
    assertThat(url.jdbcUrl()).isEqualTo("jdbc:sqlite:/tmp/test.db");
    assertThat(url.inMemory()).isFalse();
  }

  @Test
  void sqliteWithThreeSlashesIsARelativePath() {
    assertThat(DatabaseUrl.parse("sqlite:///relative.db").jdbcUrl()).isEqualTo("jdbc:sqlite:relative.db");
  }

  @Test
  void sqliteWithNoPathIsASharedInMemoryDatabase() {
    DatabaseUrl first = DatabaseUrl.parse("sqlite://");
    DatabaseUrl second = DatabaseUrl.parse("sqlite:///:memory:");
    assertThat(first.inMemory()).isTrue();
    assertThat(first.jdbcUrl()).contains("mode=memory").contains("cache=shared");
    assertThat(second.inMemory()).isTrue();
    assertThat(second.jdbcUrl()).isNotEqualTo(first.jdbcUrl());
  }

  @Test
  void postgresUrlWithoutCredentialsKeepsHostAndDatabase() {
    DatabaseUrl url = DatabaseUrl.parse("postgres://localhost/computers-db");
    assertThat(url.dialect()).isSameAs(Dialect.postgresql());
    assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost/computers-db");
    assertThat(url.properties()).isEmpty();
  }

  @Test
  void mariadbAndMysqlUrlsGoToMariaDbsDriverWithDecodedCredentials() {
    DatabaseUrl url = DatabaseUrl.parse("mariadb://kiln:p%40ss@db.example:3307/shop?sslMode=verify-full");
    assertThat(url.dialect()).isSameAs(Dialect.mariadb());
    assertThat(url.jdbcUrl()).isEqualTo("jdbc:mariadb://db.example:3307/shop?sslMode=verify-full");
    assertThat(url.properties().getProperty("user")).isEqualTo("kiln");
    assertThat(url.properties().getProperty("password")).isEqualTo("p@ss");
    assertThat(DatabaseUrl.parse("mysql://localhost/shop").jdbcUrl()).isEqualTo("jdbc:mariadb://localhost/shop");
    DatabaseUrl jdbc = DatabaseUrl.parse("jdbc:mysql://h/db?user=u");
    assertThat(jdbc.dialect()).isSameAs(Dialect.mariadb());
    assertThat(jdbc.jdbcUrl()).isEqualTo("jdbc:mysql://h/db?user=u");
    assertThat(jdbc.properties().getProperty("permitMysqlScheme")).isEqualTo("true");
    assertThat(DatabaseUrl.parse("jdbc:mariadb://h/db").dialect()).isSameAs(Dialect.mariadb());
    assertThatThrownBy(() -> DatabaseUrl.parse("mariadb://localhost"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MariaDB URL 'mariadb://localhost' names no database");
  }

  @Test
  void postgresqlUrlCredentialsBecomeDecodedProperties() {
    DatabaseUrl url = DatabaseUrl.parse("postgresql://kiln:p%40ss%3Aword@db.example:6543/shop?sslmode=require");
    assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/shop?sslmode=require");
    assertThat(url.properties()).containsEntry("user", "kiln").containsEntry("password", "p@ss:word");
    assertThat(url.toString()).doesNotContain("p@ss");
  }

  @Test
  void jdbcUrlsPassThroughWithTheirDialect() {
    assertThat(DatabaseUrl.parse("jdbc:sqlite:app.db").dialect()).isSameAs(Dialect.sqlite());
    assertThat(DatabaseUrl.parse("jdbc:postgresql://h/db?user=u").jdbcUrl()).isEqualTo("jdbc:postgresql://h/db?user=u");
  }

  @Test
  void transactionPoolingInTheUrlBecomesPrepareThresholdZeroAndLeavesTheUrl() {
    DatabaseUrl url = DatabaseUrl.parse("postgresql://kiln@bouncer:6432/shop?sslmode=require&transactionPooling=true");
    assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://bouncer:6432/shop?sslmode=require");
    assertThat(url.properties()).containsEntry("prepareThreshold", "0").containsEntry("user", "kiln");

    assertThat(DatabaseUrl.parse("postgres://bouncer/shop?pgbouncer=true").properties())
        .containsEntry("prepareThreshold", "0");
    DatabaseUrl jdbc = DatabaseUrl.parse("jdbc:postgresql://bouncer/shop?pgbouncer=true&user=u");
    assertThat(jdbc.jdbcUrl()).isEqualTo("jdbc:postgresql://bouncer/shop?user=u");
    assertThat(jdbc.properties()).containsEntry("prepareThreshold", "0");

    DatabaseUrl off = DatabaseUrl.parse("postgresql://localhost/shop?transactionPooling=false");
    assertThat(off.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost/shop");
    assertThat(off.properties()).doesNotContainKey("prepareThreshold");
  }

  @Test
  void transactionPoolingSetsPrepareThresholdZeroOnAnyPostgresUrlAndLeavesSqliteAlone() {
    DatabaseUrl plain = DatabaseUrl.parse("jdbc:postgresql://h/db?user=u");
    DatabaseUrl pooled = plain.withTransactionPooling();
    assertThat(pooled.properties()).containsEntry("prepareThreshold", "0");
    assertThat(pooled.jdbcUrl()).isEqualTo(plain.jdbcUrl());
    assertThat(plain.properties()).doesNotContainKey("prepareThreshold");
    assertThat(DatabaseUrl.parse("jdbc:postgresql://h/db?prepareThreshold=0").withTransactionPooling().properties())
        .containsEntry("prepareThreshold", "0");

    DatabaseUrl sqlite = DatabaseUrl.parse("sqlite://");
    assertThat(sqlite.withTransactionPooling()).isSameAs(sqlite);
  }

  @Test
  void transactionPoolingRefusesAnotherPrepareThresholdAndValuesOtherThanTrueOrFalse() {
    // pgjdbc lets a URL's prepareThreshold override the property Kiln sets.
    assertThatThrownBy(() -> DatabaseUrl.parse("jdbc:postgresql://h/db?prepareThreshold=5").withTransactionPooling())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("prepareThreshold=5");
    assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://h/db?prepareThreshold=5&pgbouncer=true"))
        .hasMessageContaining("prepareThreshold=5");
    assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://h/db?transactionPooling=yes"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("transactionPooling must be true or false, not 'yes'");
    assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://h/db?pgbouncer"))
        .hasMessageContaining("pgbouncer must be true or false");
  }

  @Test
  void unknownOrIncompleteUrlsAreRefusedWithTheAcceptedForms() {
    assertThatThrownBy(() -> DatabaseUrl.parse("oracle://localhost/db"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Unsupported database URL")
        .hasMessageContaining("sqlite:///relative/path.db");
    assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://localhost"))
        .hasMessageContaining("names no database");
    assertThatThrownBy(() -> DatabaseUrl.parse("sqlite://host/file.db"))
        .hasMessageContaining("host part");
    assertThatThrownBy(() -> DatabaseUrl.parse("")).hasMessageContaining("No database URL");
  }

  @Test
  void passwordsAreRedactedFromMessages() {
    assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://u:secret@localhost"))
        .hasMessageNotContaining("secret");
  }
}
