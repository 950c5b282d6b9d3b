package dev.kiln.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.kiln.processor.Compilations.ECJ;
import static dev.kiln.processor.Compilations.compile;
import static dev.kiln.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import dev.kiln.processor.check.Diagnostic;
import dev.kiln.processor.model.ValueKind;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One invalid model per diagnostic: each fails with exactly that error, on the line of the element
 * (or annotation value) at fault, and nothing is generated for it. Comments mark the lines asserted.
 */
class DiagnosticsTest {
  @Test
  void modelWithoutPrimaryKeyIsRejectedOnTheClass() {
    JavaFileObject source =
        source(
            "test.User",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "@Table",
            "public class User {", // 5
            "  @Column(unique = true)",
            "  Integer id;",
            "}");

    assertOnlyError(source, 5, Diagnostic.NO_PRIMARY_KEY.format("User"));
  }

  @Test
  void nullablePartOfCompositeKeyIsRejectedAtNullable() {
    JavaFileObject source =
        source(
            "test.Membership",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "@Table",
            "public class Membership {",
            "  @Column(primaryKey = true)",
            "  Integer userId;",
            "  @Column(",
            "      primaryKey = true,",
            "      nullable = true)", // 10
            "  Integer groupId;",
            "}");

    assertOnlyError(source, 10, Diagnostic.NULLABLE_PRIMARY_KEY.format("groupId"));
  }

  @Test
  void fieldOfUnsupportedTypeIsRejectedOnTheField() {
    JavaFileObject source =
        source(
            "test.User",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "@Table",
            "public class User {",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  @Column(nullable = false)",
            "  java.util.List<String> tags;", // 9
            "}");

    assertOnlyError(
        source,
        9,
        Diagnostic.UNSUPPORTED_TYPE.format(
            "tags", "java.util.List<java.lang.String>", ValueKind.supportedTypes()));
  }

  @Test
  void primaryKeyOfUnsupportedTypeIsRejectedForItsTypeAlone() {
    JavaFileObject source =
        source(
            "test.User",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "@Table",
            "public class User {",
            "  @Column(primaryKey = true)",
            "  Object id;", // 7
            "}");

    assertOnlyError(
        source,
        7,
        Diagnostic.UNSUPPORTED_TYPE.format("id", "java.lang.Object", ValueKind.supportedTypes()));
  }

  @Test
  void columnNameTakenTwiceIsRejectedAtTheSecondName() {
    JavaFileObject source =
        source(
            "test.User",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "@Table",
            "public class User {",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  String userName;",
            "  @Column(",
            "      name = \"user_name\")", // 10
            "  String login;",
            "}");

    assertOnlyError(source, 10, Diagnostic.DUPLICATE_COLUMN.format("user_name", "login", "userName"));
  }

  @Test
  void lengthOnNonStringFieldIsRejectedAtTheLength() {
    JavaFileObject source =
        source(
            "test.User",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "@Table",
            "public class User {",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  @Column(",
            "      length = 3)", // 9
            "  Integer age;",
            "}");

    assertOnlyError(source, 9, Diagnostic.LENGTH_NOT_STRING.format("age", "java.lang.Integer"));
  }

  @Test
  void zeroLengthIsRejectedAtTheLength() {
    JavaFileObject source =
        source(
            "test.User",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "@Table",
            "public class User {",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  @Column(",
            "      length = 0)", // 9
            "  String name;",
            "}");

    assertOnlyError(source, 9, Diagnostic.LENGTH_NOT_POSITIVE.format("name", 0));
  }

  @Test
  void invalidRecordComponentIsRejectedAtItsValueInTheRecordHeader() {
    JavaFileObject source =
        source(
            "test.User",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "@Table",
            "public record User(",
            "    @Column(primaryKey = true) Integer id,",
            "    @Column(",
            "        length = 0)", // 8
            "    String name) {}");

    String message = Diagnostic.LENGTH_NOT_POSITIVE.format("name", 0);
    if (ECJ) {
      // ECJ's Messager places nothing in a record: it has no case for a record or a record
      // component, and a record's fields have no declaration of their own.
      assertOnlyErrorWithoutPlace(source, message);
    } else {
      assertOnlyError(source, 8, message);
    }
  }

  @Test
  void privateFieldWithoutGetterIsRejectedOnTheField() {
    JavaFileObject source =
        source(
            "test.User",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "@Table",
            "public class User {",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  private String name;", // 8
            "  void setName(String name) { this.name = name; }",
            "}");

    assertOnlyError(source, 8, Diagnostic.NO_GETTER.format("name", "getName"));
  }

  @Test
  void privateFieldWithGetterButNoSetterIsRejectedOnTheField() {
    JavaFileObject source =
        source(
            "test.User",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "@Table",
            "public class User {",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  private String name;", // 8
            "  String getName() { return name; }",
            "}");

    assertOnlyError(source, 8, Diagnostic.NO_SETTER.format("name", "setName", "java.lang.String", "User"));
  }

  @Test
  void finalFieldInClassIsRejectedOnTheField() {
    JavaFileObject source =
        source(
            "test.User",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "@Table",
            "public class User {",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  final String name = \"\";", // 8
            "}");

    assertOnlyError(source, 8, Diagnostic.FINAL_FIELD.format("name", "(id, name)"));
  }

  @Test
  void nullablePrimaryKeyIsRejectedAtNullable() {
    JavaFileObject source =
        source(
            "test.User",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "@Table",
            "public class User {",
            "  @Column(primaryKey = true,",
            "      nullable = true)", // 7
            "  Integer id;",
            "}");

    assertOnlyError(source, 7, Diagnostic.NULLABLE_PRIMARY_KEY.format("id"));
  }

  @Test
  void blankTableNameIsRejectedAtTheName() {
    JavaFileObject source =
        source(
            "test.User",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "@Table(",
            "    name = \"  \")", // 5
            "public class User {",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "}");

    assertOnlyError(source, 5, Diagnostic.BLANK_NAME.format("  ", "user"));
  }

  @Test
  void blankColumnNameIsRejectedAtTheName() {
    JavaFileObject source =
        source(
            "test.User",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "@Table",
            "public class User {",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  @Column(",
            "      name = \" \")", // 9
            "  String joinedOn;",
            "}");

    assertOnlyError(source, 9, Diagnostic.BLANK_NAME.format(" ", "joined_on"));
  }

  @Test
  void columnAnnotationOnStaticFieldIsRejectedOnTheAnnotation() {
    JavaFileObject source =
        source(
            "test.User",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "@Table",
            "public class User {",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  @Column", // 8
            "  static int count;",
            "}");

    assertOnlyError(source, 8, Diagnostic.EXCLUDED_COLUMN.format("count", "static", "static"));
  }

  @Test
  void columnAnnotationOnTransientFieldIsRejectedOnTheAnnotation() {
    JavaFileObject source =
        source(
            "test.User",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "@Table",
            "public class User {",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  @Column", // 8
            "  transient String cache;",
            "}");

    assertOnlyError(source, 8, Diagnostic.EXCLUDED_COLUMN.format("cache", "transient", "transient"));
  }

  @Test
  void primaryKeyOnStaticFieldIsRejectedForBeingStaticAlone() {
    JavaFileObject source =
        source(
            "test.User",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "@Table",
            "public class User {",
            "  @Column(primaryKey = true)", // 6
            "  static Integer id;",
            "}");

    assertOnlyError(source, 6, Diagnostic.EXCLUDED_COLUMN.format("id", "static", "static"));
  }

  @Test
  void byteArrayPrimaryKeyIsRejectedOnTheField() {
    JavaFileObject source =
        source(
            "test.User",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "@Table",
            "public class User {",
            "  @Column(primaryKey = true)",
            "  byte[] id;", // 7
            "}");

    assertOnlyError(source, 7, Diagnostic.UNSUPPORTED_KEY_TYPE.format("id", "byte[]"));
  }

  @Test
  void genericModelIsRejectedOnTheClass() {
    JavaFileObject source =
        source(
            "test.Box",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "@Table",
            "public class Box<T> {", // 5
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  T content;",
            "}");

    assertOnlyError(source, 5, Diagnostic.GENERIC_MODEL.format("Box"));
  }

  @Test
  void tableOnInterfaceIsRejectedOnTheInterface() {
    JavaFileObject source =
        source(
            "test.Shape",
            "package test;",
            "import dev.kiln.annotation.Table;",
            "@Table",
            "public interface Shape {", // 4
            "  int sides();",
            "}");

    assertOnlyError(source, 4, Diagnostic.NOT_A_CLASS.format("the interface", "Shape"));
  }

  @Test
  void tableOnEnumIsRejectedOnTheEnum() {
    JavaFileObject source =
        source(
            "test.Color",
            "package test;",
            "import dev.kiln.annotation.Table;",
            "@Table",
            "public enum Color {", // 4
            "  RED, GREEN",
            "}");

    assertOnlyError(source, 4, Diagnostic.NOT_A_CLASS.format("the enum", "Color"));
  }

  @Test
  void innerClassModelIsRejectedOnTheClass() {
    JavaFileObject source =
        source(
            "test.Outer",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "public class Outer {",
            "  @Table",
            "  public class Inner {", // 6
            "    @Column(primaryKey = true)",
            "    Integer id;",
            "  }",
            "}");

    assertOnlyError(source, 6, Diagnostic.NOT_STATIC.format("Inner"));
  }

  @Test
  void privateNestedModelIsRejectedNamingItsGeneratedTable() {
    JavaFileObject source =
        source(
            "test.Outer",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "public class Outer {",
            "  @Table",
            "  private static class Inner {", // 6
            "    @Column(primaryKey = true)",
            "    Integer id;",
            "  }",
            "}");

    assertOnlyError(source, 6, Diagnostic.PRIVATE_MODEL.format("Inner", "OuterInnerTable", "Inner", "Inner"));
  }

  @Test
  void modelInsidePrivateClassIsRejectedNamingThePrivateClass() {
    JavaFileObject source =
        source(
            "test.Outer",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "public class Outer {",
            "  private static class Middle {",
            "    @Table",
            "    static class Inner {", // 7
            "      @Column(primaryKey = true)",
            "      Integer id;",
            "    }",
            "  }",
            "}");

    assertOnlyError(
        source,
        7,
        Diagnostic.PRIVATE_MODEL.format("Middle", "OuterMiddleInnerTable", "Inner", "Middle"));
  }

  @Test
  void abstractModelIsRejectedOnTheClass() {
    JavaFileObject source =
        source(
            "test.User",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "@Table",
            "public abstract class User {", // 5
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "}");

    assertOnlyError(source, 5, Diagnostic.ABSTRACT_MODEL.format("User"));
  }

  @Test
  void constructorWhoseParametersAreNotNamedLikeTheColumnsIsRejectedOnTheClass() {
    JavaFileObject source =
        source(
            "test.User",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "@Table",
            "public class User {", // 5
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  public User(Integer identifier) { this.id = identifier; }",
            "}");

    assertOnlyError(source, 5, Diagnostic.NO_CONSTRUCTOR.format("User", "(id)"));
  }

  /** Asserts the source failed with exactly one error, the given message on the given line. */
  static void assertOnlyError(JavaFileObject source, long line, String message) {
    assertThat(compileRejected(source)).hadErrorContaining(message).inFile(source).onLine(line);
  }

  /** Asserts the source failed with exactly one error, the given message, in no file. */
  private static void assertOnlyErrorWithoutPlace(JavaFileObject source, String message) {
    Compilation compilation = compileRejected(source);
    assertThat(compilation).hadErrorContaining(message);
    // Once the compiler places it, this fails: assert the line instead.
    assertThat(compilation.errors().get(0).getSource()).isNull();
  }

  /** Compiles the source and asserts it failed with exactly one error and Kiln's processors wrote no file. */
  private static Compilation compileRejected(JavaFileObject source) {
    FileRecorder files = new FileRecorder();
    Compilation compilation = compile(files.kilnProcessors(), source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(files.names()).isEmpty();
    return compilation;
  }
}
