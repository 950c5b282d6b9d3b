package dev.kiln.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.kiln.processor.Compilations.ECJ;
import static dev.kiln.processor.Compilations.compile;
import static dev.kiln.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The generated column constants are typed: a predicate with a value of the wrong type does not compile. */
class PredicateTypeSafetyTest {
  private static final int PREDICATE_LINE = 7;

  @Test
  void predicatesWithValuesOfTheColumnTypeCompile() {
    Compilation compilation =
        compile(TestModels.user(), query("UserTable.USERNAME.eq(\"alice\").and(UserTable.ID.gt(5))"));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void stringColumnComparedWithAnIntDoesNotCompile() {
    JavaFileObject query = query("UserTable.USERNAME.gt(5)");

    Compilation compilation = compile(TestModels.user(), query);

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            mismatch(
                "int cannot be converted to java.lang.String",
                "The method gt(java.lang.String) in the type dev.kiln.query.Expression<test.User,java.lang.String>"
                    + " is not applicable for the arguments (int)"))
        .inFile(query)
        .onLine(PREDICATE_LINE);
  }

  @Test
  void integerColumnEqualToAStringDoesNotCompile() {
    JavaFileObject query = query("UserTable.ID.eq(\"x\")");

    Compilation compilation = compile(TestModels.user(), query);

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            mismatch(
                "java.lang.String cannot be converted to java.lang.Integer",
                "The method eq(java.lang.Integer) in the type dev.kiln.query.Expression<test.User,java.lang.Integer>"
                    + " is not applicable for the arguments (java.lang.String)"))
        .inFile(query)
        .onLine(PREDICATE_LINE);
  }

  @Test
  void relatedRowsAreFilteredByTheirOwnColumnsOnly() {
    JavaFileObject author =
        source("test.Author", "package test;", "import dev.kiln.annotation.*;", "import dev.kiln.relation.*;",
            "@Table", "public class Author {", "  @Column(primaryKey = true) Long id;", "  String name;",
            "  ToMany<Book> books;", "}");
    JavaFileObject book =
        source("test.Book", "package test;", "import dev.kiln.annotation.*;", "import dev.kiln.relation.*;",
            "@Table", "public class Book {", "  @Column(primaryKey = true) Long id;", "  String title;",
            "  ToOne<Author> author;", "}");
    JavaFileObject valid = relatedQuery("AuthorTable.BOOKS.any(BookTable.TITLE.eq(\"Dune\"))");
    assertThat(compile(author, book, valid)).succeededWithoutWarnings();

    JavaFileObject wrongTable = relatedQuery("AuthorTable.BOOKS.any(AuthorTable.NAME.eq(\"Herbert\"))");
    Compilation compilation = compile(author, book, wrongTable);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("Predicate<test.Author>").inFile(wrongTable).onLine(PREDICATE_LINE);
  }

  /** A class whose line {@value #PREDICATE_LINE} returns a predicate on {@code Author}. */
  private static JavaFileObject relatedQuery(String predicate) {
    return source(
        "test.RelatedQueries",
        "package test;",
        "",
        "import dev.kiln.query.Predicate;",
        "",
        "class RelatedQueries {",
        "  static Predicate<Author> predicate() {",
        "    return " + predicate + ";",
        "  }",
        "}");
  }

  /** The compiler's own words for a value of the wrong type: javac's, or ECJ's under ECJ. */
  private static String mismatch(String javacMessage, String ecjMessage) {
    return ECJ ? ecjMessage : javacMessage;
  }

  /** A class whose line {@value #PREDICATE_LINE} returns the predicate on {@code User}. */
  private static JavaFileObject query(String predicate) {
    return source(
        "test.Queries",
        "package test;",
        "",
        "import dev.kiln.query.Predicate;",
        "",
        "class Queries {",
        "  static Predicate<User> predicate() {",
        "    return " + predicate + ";",
        "  }",
        "}");
  }
}
