package dev.kiln.processor;

import static dev.kiln.processor.Compilations.source;
import static dev.kiln.processor.DiagnosticsTest.assertOnlyError;
import static dev.kiln.processor.DiagnosticsTest.assertOnlyErrorInRecord;

import dev.kiln.processor.check.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** A {@code @Projection} that does not match its model is a compile error on the part at fault. */
class ProjectionDiagnosticsTest {
  @Test
  void componentNamingNoFieldIsRejectedOnTheComponent() {
    JavaFileObject source =
        user(
            "  @Projection",
            "  public record Summary(String username, int years) {}"); // 12

    assertOnlyErrorInRecord(
        source, 12, Diagnostic.PROJECTION_UNKNOWN_FIELD.format("years", "Summary", "User", "id, username, age"));
  }

  @Test
  void componentOfAnotherTypeThanItsFieldIsRejectedOnTheComponent() {
    JavaFileObject source =
        user(
            "  @Projection",
            "  public record Summary(String username, String age) {}"); // 12

    assertOnlyErrorInRecord(
        source,
        12,
        Diagnostic.PROJECTION_TYPE_MISMATCH.format(
            "age", "Summary", "java.lang.String", "age", "User", "int"));
  }

  @Test
  void projectionThatIsNotARecordIsRejectedOnTheType() {
    JavaFileObject source =
        user(
            "  @Projection",
            "  public static class Summary { String username; }"); // 12

    assertOnlyError(source, 12, Diagnostic.PROJECTION_NOT_RECORD.format("Summary", "User"));
  }

  @Test
  void projectionOutsideAModelIsRejectedOnTheType() {
    JavaFileObject source =
        source(
            "test.Summary",
            "package test;",
            "import dev.kiln.annotation.Projection;",
            "@Projection",
            "public record Summary(String username) {}"); // 4

    assertOnlyErrorInRecord(source, 4, Diagnostic.PROJECTION_OUTSIDE_MODEL.format("Summary"));
  }

  /** A valid User model whose last lines, from line 11, are the given projection. */
  private static JavaFileObject user(String... projection) {
    String[] lines = {
      "package test;",
      "import dev.kiln.annotation.Column;",
      "import dev.kiln.annotation.Projection;",
      "import dev.kiln.annotation.Table;",
      "@Table",
      "public class User {",
      "  @Column(primaryKey = true)",
      "  Integer id;",
      "  String username;",
      "  int age;",
    };
    String[] all = new String[lines.length + projection.length + 1];
    System.arraycopy(lines, 0, all, 0, lines.length);
    System.arraycopy(projection, 0, all, lines.length, projection.length);
    all[all.length - 1] = "}";
    return source("test.User", all);
  }
}
