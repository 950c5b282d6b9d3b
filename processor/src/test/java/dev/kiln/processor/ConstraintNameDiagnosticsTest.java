package dev.kiln.processor;

import static dev.kiln.processor.Compilations.source;
import static dev.kiln.processor.DiagnosticsTest.assertOnlyError;

import dev.kiln.processor.check.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Names Kiln derives by convention must fit PostgreSQL's 63 bytes too, or two could silently share
 * a truncated name: the error sits where the name comes from.
 */
class ConstraintNameDiagnosticsTest {
  @Test
  void uniqueColumnWhoseConstraintNameIsTooLongIsRejectedAtUnique() {
    String table = "t".repeat(40);
    String column = "c".repeat(20);
    JavaFileObject source =
        source(
            "test.User",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "@Table(name = \"" + table + "\")",
            "public class User {",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  @Column(",
            "      length = 20,",
            "      unique = true)", // 10
            "  String " + column + ";",
            "}");

    String name = table + "_" + column + "_key";
    assertOnlyError(
        source,
        10,
        Diagnostic.NAME_TOO_LONG.format(
            name, 65, ", for example with @Unique(columns = \"" + column + "\", name = \"...\") instead"));
  }

  @Test
  void tableNameLeavingNoRoomForThePrimaryKeyConstraintIsRejectedAtTheName() {
    String table = "t".repeat(60);
    JavaFileObject source =
        source(
            "test.User",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "@Table(",
            "    name = \"" + table + "\")", // 5
            "public class User {",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "}");

    assertOnlyError(
        source,
        5,
        Diagnostic.NAME_TOO_LONG.format(
            table + "_pkey", 65, ", the name of the primary key constraint: give the table a shorter name"));
  }
}
