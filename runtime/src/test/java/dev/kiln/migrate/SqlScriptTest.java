package dev.kiln.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlScriptTest {
  @Test
  void splitsAtSemicolonsThatEndStatementsOnly() {
    String script = """
        -- a comment; not a statement
        CREATE TABLE "a;b" (note VARCHAR(20) DEFAULT 'x;y', `c;d` INTEGER);
        /* a block; comment */
        INSERT INTO t VALUES ('it''s; fine');
        CREATE FUNCTION f() RETURNS trigger AS $body$ BEGIN NEW.x := 1; RETURN NEW; END; $body$ LANGUAGE plpgsql;
        SELECT $$a;b$$, 1
        """;

    assertThat(SqlScript.statements(script)).containsExactly(
        "-- a comment; not a statement\nCREATE TABLE \"a;b\" (note VARCHAR(20) DEFAULT 'x;y', `c;d` INTEGER)",
        "/* a block; comment */\nINSERT INTO t VALUES ('it''s; fine')",
        "CREATE FUNCTION f() RETURNS trigger AS $body$ BEGIN NEW.x := 1; RETURN NEW; END; $body$ LANGUAGE plpgsql",
        "SELECT $$a;b$$, 1");
  }

  @Test
  void aScriptOfCommentsAndBlanksHasNoStatements() {
    assertThat(SqlScript.statements("-- nothing\n\n/* at all */ ;\n")).isEmpty();
  }

  @Test
  void aDollarSignThatStartsNoQuoteIsText() {
    assertThat(SqlScript.statements("SELECT $1; SELECT 'a'")).containsExactly("SELECT $1", "SELECT 'a'");
  }
}
