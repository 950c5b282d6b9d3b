package dev.kiln.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.kiln.processor.Compilations.ECJ;
import static dev.kiln.processor.Compilations.compile;
import static dev.kiln.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Projections, column comparisons and assignments are typed by the generated columns: a record
 * built from the wrong types, a column compared with one of another type, or a value of another
 * type assigned to a column does not compile, and the compiler says so on the offending line.
 */
class ProjectionTypeSafetyTest {
  private static final int STATEMENT_LINE = 13;

  @Test
  void typedProjectionsComparisonsAndAssignmentsCompile() {
    Compilation compilation =
        compile(
            TestModels.user(),
            queries(
                "String name, Integer id",
                "query.select(UserTable.USERNAME, UserTable.ID).map(row -> row.into(Summary::new)).all();"
                    + " List<Row2<String, Integer>> rows = query.select(UserTable.USERNAME, UserTable.ID).all();"
                    + " query.where(UserTable.ID.lt(UserTable.ID.plus(1))).update(set(UserTable.USERNAME, \"x\"),"
                    + " set(UserTable.ID, UserTable.ID.times(2)));"));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void projectionIntoARecordOfOtherTypesDoesNotCompile() {
    JavaFileObject queries =
        queries("String name, String id", "query.select(UserTable.USERNAME, UserTable.ID).map(row -> row.into(Summary::new)).all();");

    assertFailsOnStatementLine(
        queries,
        "java.lang.Integer cannot be converted to java.lang.String",
        "The type test.Queries.Summary does not define Summary(java.lang.String, java.lang.Integer) that is applicable here");
  }

  @Test
  void projectionRowsOfOtherTypesDoNotCompile() {
    JavaFileObject queries =
        queries("String name, Integer id", "List<Row2<String, String>> rows = query.select(UserTable.USERNAME, UserTable.ID).all();");

    assertFailsOnStatementLine(
        queries,
        "java.util.List<dev.kiln.query.Row2<java.lang.String,java.lang.Integer>> cannot be converted to"
            + " java.util.List<dev.kiln.query.Row2<java.lang.String,java.lang.String>>",
        "Type mismatch: cannot convert from java.util.List<dev.kiln.query.Row2<java.lang.String,java.lang.Integer>> to"
            + " java.util.List<dev.kiln.query.Row2<java.lang.String,java.lang.String>>");
  }

  @Test
  void columnComparedWithAColumnOfAnotherTypeDoesNotCompile() {
    JavaFileObject queries = queries("String name, Integer id", "query.where(UserTable.USERNAME.eq(UserTable.ID)).all();");

    assertFailsOnStatementLine(
        queries,
        "no suitable method found for eq(dev.kiln.query.NumberColumn<test.User,java.lang.Integer>)",
        "The method eq(java.lang.String) in the type dev.kiln.query.Expression<test.User,java.lang.String>"
            + " is not applicable for the arguments (dev.kiln.query.NumberColumn<test.User,java.lang.Integer>)");
  }

  @Test
  void predicateWithAValueOfAnotherTypeDoesNotCompile() {
    JavaFileObject queries = queries("String name, Integer id", "query.where(UserTable.JOINED_ON.lt(\"2026-01-01\")).all();");

    assertFailsOnStatementLine(
        queries,
        "java.lang.String cannot be converted to java.time.LocalDateTime",
        "The method lt(java.time.LocalDateTime) in the type dev.kiln.query.Expression<test.User,java.time.LocalDateTime>"
            + " is not applicable for the arguments (java.lang.String)");
  }

  @Test
  void assigningAValueOfAnotherTypeDoesNotCompile() {
    JavaFileObject queries = queries("String name, Integer id", "query.update(set(UserTable.USERNAME, 5));");

    assertFailsOnStatementLine(
        queries,
        "no suitable method found for set(dev.kiln.query.StringColumn<test.User>,int)",
        "The method set(dev.kiln.query.Column<T,V>, V) in the type dev.kiln.query.Assignment<T,V>"
            + " is not applicable for the arguments (dev.kiln.query.StringColumn<test.User>, int)");
  }

  @Test
  void assigningAnExpressionOfAnotherTypeDoesNotCompile() {
    JavaFileObject queries =
        queries("String name, Integer id", "UserTable.TABLE.update().set(UserTable.USERNAME, UserTable.ID.plus(1));");

    assertFailsOnStatementLine(
        queries,
        "no suitable method found for set(dev.kiln.query.StringColumn<test.User>,"
            + "dev.kiln.query.Arithmetic<test.User,java.lang.Integer>)",
        "The method set(dev.kiln.query.Column<test.User,V>, V) in the type dev.kiln.query.Update<test.User> is not"
            + " applicable for the arguments (dev.kiln.query.StringColumn<test.User>,"
            + " dev.kiln.query.Arithmetic<test.User,java.lang.Integer>)");
  }

  /** Asserts the compilation fails on the statement's line, in javac's words or, under ECJ, ECJ's. */
  private static void assertFailsOnStatementLine(JavaFileObject queries, String javacMessage, String ecjMessage) {
    Compilation compilation = compile(TestModels.user(), queries);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(ECJ ? ecjMessage : javacMessage).inFile(queries).onLine(STATEMENT_LINE);
  }

  /** A class with a record {@code Summary} of the given components, whose line {@value #STATEMENT_LINE} is the statement. */
  private static JavaFileObject queries(String summaryComponents, String statement) {
    return source(
        "test.Queries",
        "package test;",
        "",
        "import static dev.kiln.query.Assignment.set;",
        "",
        "import dev.kiln.query.Row2;",
        "import java.util.List;",
        "",
        "class Queries {",
        "  record Summary(" + summaryComponents + ") {}",
        "",
        "  @SuppressWarnings(\"unused\")",
        "  static void run(UserQuery query) {",
        "    " + statement,
        "  }",
        "}");
  }
}
