package dev.kiln.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.kiln.processor.Compilations.ECJ;
import static dev.kiln.processor.Compilations.compile;
import static dev.kiln.processor.Compilations.source;
import static dev.kiln.processor.DiagnosticsTest.assertOnlyErrorIn;

import com.google.testing.compile.Compilation;
import dev.kiln.processor.FileRecorder.CreatedFile;
import dev.kiln.processor.check.Diagnostic;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Hand-written code naming the classes of a model that has errors ({@code BookDao},
 * {@code BookTable}, {@code BookQuery}): Kiln generates empty placeholders of them, so that the
 * model's error is the only one. Without them, javac adds a "cannot find symbol" for each mention in
 * a signature, and ECJ a "BookDao cannot be resolved to a type", listed before the model's error.
 */
class InvalidModelClassesDiagnosticsTest {
  private static final String BOOK_ERROR =
      Diagnostic.NO_ACCESSORS.format("title", "java.lang.String", "getTitle", "setTitle", "java.lang.String");

  @Test
  void signaturesNamingAnInvalidModelsClassesAddNoErrorToTheModels() {
    JavaFileObject book = book("private String title;");
    JavaFileObject library =
        source(
            "test.Library",
            "package test;",
            "class Library {",
            "  BookDao dao;",
            "  BookTable table() { return null; }",
            "  BookQuery query(BookDao other, java.util.List<BookTable> tables) { return null; }",
            "}");

    assertOnlyErrorIn(book, 8, BOOK_ERROR, book, library);
  }

  @Test
  void usesOfMembersThePlaceholdersLackAreErrorsUnderEcjAlone() {
    JavaFileObject book = book("private String title;");
    JavaFileObject library =
        source(
            "test.Library",
            "package test;",
            "class Library {",
            "  void shelve(BookDao dao, Book book) {",
            "    dao.insert(book);", // 4
            "  }",
            "}");

    // javac attributes no method body once a processor has reported an error; ECJ goes on.
    if (ECJ) {
      Compilation compilation = compile(book, library);
      assertThat(compilation.errors().stream().map(error -> error.getMessage(Locale.ROOT)).toList())
          .containsExactly("The method insert(test.Book) is undefined for the type test.BookDao", BOOK_ERROR);
      assertThat(compilation).hadErrorContaining("insert(test.Book)").inFile(library).onLine(4);
      assertThat(compilation).hadErrorContaining(BOOK_ERROR).inFile(book).onLine(8);
    } else {
      assertOnlyErrorIn(book, 8, BOOK_ERROR, book, library);
    }
  }

  @Test
  void placeholderIsAnEmptyClassThatCannotBeCreated() {
    FileRecorder files = new FileRecorder();

    assertThat(compile(files.kilnProcessors(), book("private String title;"))).failed();
    assertThat(files.source("test.BookDao"))
        .isEqualTo(
            String.join(
                "\n",
                "package test;",
                "",
                "import javax.annotation.processing.Generated;",
                "",
                "/**",
                " * Not generated in full: {@code test.Book} has errors, see the compiler's errors on it. This",
                " * empty placeholder only keeps code that names it from adding errors of its own: it has no members",
                " * and cannot be created. Fixing the model's errors generates the full class.",
                " */",
                "@Generated(\"dev.kiln.processor.KilnProcessor\")",
                "public final class BookDao {",
                "  private BookDao() {",
                "  }",
                "}",
                ""));
  }

  @Test
  void placeholdersAreTheClassesAValidModelGets() {
    FileRecorder invalid = new FileRecorder();
    FileRecorder valid = new FileRecorder();

    assertThat(compile(invalid.kilnProcessors(), book("private String title;"))).failed();
    assertThat(compile(valid.kilnProcessors(), book("String title;"))).succeeded();
    assertThat(kilnProcessorFiles(invalid)).containsExactly("test.BookTable", "test.BookDao", "test.BookQuery");
    assertThat(kilnProcessorFiles(invalid)).isEqualTo(kilnProcessorFiles(valid));
  }

  /** A model whose field {@code title}, line 8, is declared as given. */
  private static JavaFileObject book(String title) {
    return source(
        "test.Book",
        "package test;",
        "import dev.kiln.annotation.Column;",
        "import dev.kiln.annotation.Table;",
        "@Table",
        "public class Book {",
        "  @Column(primaryKey = true)",
        "  Integer id;",
        "  " + title, // 8
        "}");
  }

  /** The files the per-model processor created, not the registry's. */
  private static List<String> kilnProcessorFiles(FileRecorder files) {
    return files.files().stream()
        .filter(file -> file.processor().equals(KilnProcessor.class.getName()))
        .map(CreatedFile::name)
        .toList();
  }
}
