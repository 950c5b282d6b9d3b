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
  void unknownOrIncompleteUrlsAreRefusedWithTheAcceptedForms() {
    assertThatThrownBy(() -> DatabaseUrl.parse("mysql://localhost/db"))
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
