package dev.kiln.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.kiln.processor.Compilations.source;
import static dev.kiln.processor.DiagnosticsTest.assertOnlyError;
import static dev.kiln.processor.DiagnosticsTest.assertOnlyErrorIn;
import static dev.kiln.processor.DiagnosticsTest.assertOnlyErrorInRecord;

import com.google.testing.compile.Compilation;
import dev.kiln.processor.check.Diagnostic;
import java.util.Arrays;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A relationship Kiln cannot map is a compile error on the field, or on the annotation value at
 * fault, with its fix; a valid model leading to a model with errors adds none of its own.
 */
class RelationDiagnosticsTest {
  /** A valid book referring to its author, for the author's collection to name. */
  private static JavaFileObject book(String... references) {
    String[] lines = new String[6 + references.length];
    lines[0] = "package test;";
    lines[1] = "import dev.kiln.annotation.*;";
    lines[2] = "import dev.kiln.relation.*;";
    lines[3] = "@Table";
    lines[4] = "public class Book {";
    lines[5] = "  @Column(primaryKey = true) Long id;";
    System.arraycopy(references, 0, lines, 6, references.length);
    String[] closed = Arrays.copyOf(lines, lines.length + 1);
    closed[lines.length] = "}";
    return source("test.Book", closed);
  }

  private static JavaFileObject author(String... members) {
    String[] lines = new String[6 + members.length + 1];
    lines[0] = "package test;";
    lines[1] = "import dev.kiln.annotation.*;";
    lines[2] = "import dev.kiln.relation.*;";
    lines[3] = "@Table";
    lines[4] = "public class Author {";
    lines[5] = "  @Column(primaryKey = true) Long id;";
    System.arraycopy(members, 0, lines, 6, members.length);
    lines[lines.length - 1] = "}";
    return source("test.Author", lines);
  }

  /**
   * Asserts the sources failed with exactly one error, the message on the line of {@code file}: the
   * other model, which does not lead to the one at fault, is generated in full.
   */
  private static void assertOneErrorIn(JavaFileObject file, long line, String message, JavaFileObject... sources) {
    Compilation compilation = Compilations.compile(sources);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(message).inFile(file).onLine(line);
  }

  @Test
  void collectionDeclaredAsAListIsRejected() {
    JavaFileObject author = author("  @OneToMany", "  java.util.List<Book> books;"); // line 7
    assertOnlyErrorIn(author, 7,
        Diagnostic.RELATION_WRONG_TYPE.format("books", "OneToMany", "java.util.List<test.Book>", "ToMany"),
        author, book("  ToOne<Author> author = new ToOne<>();"));
  }

  @Test
  void holderMarkedWithTheOtherRelationshipIsRejected() {
    JavaFileObject book = book("  @OneToMany", "  ToOne<Author> author;"); // line 7
    assertOneErrorIn(book, 7,
        Diagnostic.RELATION_ANNOTATION_MISMATCH.format("author", "ToOne", "ManyToOne", "OneToMany", "OneToMany", "ToMany"),
        book, author());
  }

  @Test
  void rawHolderIsRejected() {
    JavaFileObject book = book("  @SuppressWarnings(\"rawtypes\")", "  ToOne author;"); // line 8
    assertOnlyError(book, 8, Diagnostic.RELATION_NO_TARGET.format("author", "dev.kiln.relation.ToOne", "ToOne"));
  }

  @Test
  void referenceToAClassThatIsNoModelIsRejected() {
    JavaFileObject book = book("  ToOne<String> author;"); // line 7
    assertOnlyError(book, 7, Diagnostic.RELATION_TARGET_NOT_MODEL.format("author", "String", "String"));
  }

  @Test
  void manyToManyToACompositeKeyIsRejectedForNow() {
    JavaFileObject edition =
        source(
            "test.Edition",
            "package test;",
            "import dev.kiln.annotation.*;",
            "@Table",
            "public record Edition(@Column(primaryKey = true) long isbn, @Column(primaryKey = true) int number) {}");
    JavaFileObject book = book("  @ManyToMany", "  ToMany<Edition> editions;"); // line 8
    assertOneErrorIn(book, 8,
        Diagnostic.TARGET_KEY_UNSUPPORTED.format("editions", "Edition",
            "whose key has 2 columns; a many-to-many to a composite key is not supported yet"),
        book, edition);
  }

  @Test
  void setNullOnARequiredReferenceIsRejectedOnTheValue() {
    JavaFileObject book =
        book("  @Column(nullable = false)", "  @ManyToOne(onDelete = OnDelete.SET_NULL)", "  ToOne<Author> author;"); // 8
    assertOneErrorIn(book, 8,
        Diagnostic.SET_NULL_NOT_NULLABLE.format("author", "nullable = false"), book, author());
  }

  @Test
  void aReferenceGivenAnotherLengthThanTheKeyItHoldsIsRejectedOnTheValue() {
    JavaFileObject publisher =
        source(
            "test.Publisher",
            "package test;",
            "import dev.kiln.annotation.*;",
            "@Table",
            "public record Publisher(@Column(primaryKey = true, length = 12) String code) {}");
    JavaFileObject book = book("  @Column(length = 8)", "  ToOne<Publisher> publisher;"); // the value on line 7
    assertOneErrorIn(book, 7,
        Diagnostic.REFERENCE_COLUMN_TYPE.format("publisher", "Publisher", "Publisher", "code", "String, length 12",
            "length", 8, "length"),
        book, publisher);
  }

  @Test
  void aReferenceGivenAPrecisionIsRejectedOnTheValue() {
    JavaFileObject book = book("  @Column(precision = 5)", "  ToOne<Author> author;"); // the value on line 7
    assertOneErrorIn(book, 7,
        Diagnostic.REFERENCE_COLUMN_TYPE.format("author", "Author", "Author", "id", "Long", "precision", 5, "precision"),
        book, author());
  }

  @Test
  void mappedByNamingNoFieldIsRejectedOnTheValue() {
    JavaFileObject author = author("  @OneToMany(mappedBy = \"writer\")", "  ToMany<Book> books;"); // 7
    assertOnlyErrorIn(author, 7,
        Diagnostic.INVERSE_UNKNOWN.format("OneToMany", "writer", "Book", "Book", "Author", "author"),
        author, book("  ToOne<Author> author;"));
  }

  @Test
  void mappedByNamingAFieldOfAnotherTypeIsRejected() {
    JavaFileObject author = author("  @OneToMany(mappedBy = \"title\")", "  ToMany<Book> books;"); // 7
    assertOnlyErrorIn(author, 7,
        Diagnostic.INVERSE_WRONG_TYPE.format("OneToMany", "title", "Book", "java.lang.String", "a ToOne<Author>", "author"),
        author, book("  String title;", "  ToOne<Author> author;"));
  }

  @Test
  void collectionWhoseTargetDoesNotReferBackIsRejected() {
    JavaFileObject author = author("  ToMany<Book> books;"); // 7
    assertOneErrorIn(author, 7,
        Diagnostic.INVERSE_MISSING.format("books", "Book", "Author", "Book", "Author", "Book", "Author", "author"),
        author, book("  String title;"));
  }

  @Test
  void collectionWhoseTargetRefersBackTwiceMustSayWhich() {
    JavaFileObject author = author("  @OneToMany", "  ToMany<Book> books;"); // 7
    assertOnlyErrorIn(author, 7,
        Diagnostic.INVERSE_AMBIGUOUS.format("books", "Book", "Book", "Author", "author, editor"),
        author, book("  ToOne<Author> author;", "  ToOne<Author> editor;"));
  }

  @Test
  void collectionWithAColumnAnnotationIsRejected() {
    JavaFileObject author = author("  @Column(name = \"books\")", "  ToMany<Book> books;"); // 7
    assertOnlyErrorIn(author, 7,
        Diagnostic.COLLECTION_WITH_COLUMN.format("books"), author, book("  ToOne<Author> author;"));
  }

  @Test
  void recordComponentLeadingToNoModelIsRejectedOnIt() {
    JavaFileObject book =
        source(
            "test.Book",
            "package test;",
            "import dev.kiln.annotation.*;",
            "import dev.kiln.relation.*;",
            "@Table",
            "public record Book(",
            "    @Column(primaryKey = true) Long id,",
            "    ToMany<Integer> pages) {}"); // 7
    assertOnlyErrorInRecord(book, 7, Diagnostic.RELATION_TARGET_NOT_MODEL.format("pages", "Integer", "Integer"));
  }

  @Test
  void manyToManyFromACompositeKeyIsRejected() {
    JavaFileObject badge =
        source(
            "test.Badge",
            "package test;",
            "import dev.kiln.annotation.*;",
            "import dev.kiln.relation.*;",
            "@Table",
            "public class Badge {",
            "  @Column(primaryKey = true) int kind;",
            "  @Column(primaryKey = true) int level;",
            "  @ManyToMany", // 8
            "  ToMany<Author> holders;",
            "}");
    assertOneErrorIn(badge, 8, Diagnostic.ASSOCIATION_OWNER_KEY.format("holders", "Badge"), badge, author());
  }

  @Test
  void manyToManyOfAModelWithItselfMustNameItsColumns() {
    JavaFileObject author = author("  @ManyToMany", "  ToMany<Author> friends;"); // 7
    assertOnlyError(author, 7, Diagnostic.ASSOCIATION_COLUMNS_CLASH.format("friends", "author_id"));
  }

  @Test
  void associationTableNamedLikeAModelTableIsRejectedOnTheValue() {
    JavaFileObject author = author("  @ManyToMany(table = \"book\")", "  ToMany<Book> books;"); // 7
    assertOneErrorIn(author, 7, Diagnostic.ASSOCIATION_TABLE_CLASH.format("books", "book"), author, book());
  }

  @Test
  void associationTableNameTooLongIsRejected() {
    String name = "a".repeat(64);
    JavaFileObject author = author("  @ManyToMany(table = \"" + name + "\")", "  ToMany<Book> books;"); // 7
    assertOneErrorIn(author, 7, Diagnostic.NAME_TOO_LONG.format(name, 64, ""), author, book());
  }

  @Test
  void manyToManyMappedByAFieldThatDoesNotOwnATableIsRejected() {
    JavaFileObject author = author("  @ManyToMany(mappedBy = \"author\")", "  ToMany<Book> books;"); // 7
    assertOnlyErrorIn(author, 7,
        Diagnostic.INVERSE_WRONG_TYPE.format("ManyToMany", "author", "Book", "dev.kiln.relation.ToOne<test.Author>",
            "a ToMany<Author> marked @ManyToMany without mappedBy", "it has none, so add one"),
        author, book("  ToOne<Author> author;"));
  }
}
