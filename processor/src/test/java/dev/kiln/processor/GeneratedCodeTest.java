package dev.kiln.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.kiln.processor.Compilations.compile;
import static dev.kiln.processor.Compilations.compiler;
import static dev.kiln.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** Valid models compile without a warning, and generate their classes and the model registry. */
class GeneratedCodeTest {
  private static final String TABLE = "dev.kiln.annotation.Table";
  private static final String SERVICE_FILE = "META-INF/services/dev.kiln.schema.ModelRegistry";

  @Test
  void mutableModelWithPrivateFieldsAndAccessorsIsGenerated() {
    Compilation compilation =
        compile(
            source(
                "test.Account",
                "package test;",
                "",
                "import dev.kiln.annotation.Column;",
                "import dev.kiln.annotation.Table;",
                "",
                "@Table",
                "public class Account {",
                "  @Column(primaryKey = true)",
                "  private Long id;",
                "  private boolean active;",
                "",
                "  public Long getId() { return id; }",
                "  public void setId(Long id) { this.id = id; }",
                "  public boolean isActive() { return active; }",
                "  public void setActive(boolean active) { this.active = active; }",
                "}"));

    assertGenerated(compilation, "test.Account");
    assertThat(contents(compilation, "test.AccountTable")).contains("account.isActive()");
    assertThat(contents(compilation, "test.AccountTable")).contains("account.setActive(row.getBoolean(2));");
  }

  @Test
  void modelWithPackagePrivateFieldsIsGenerated() {
    Compilation compilation =
        compile(
            source(
                "test.Note",
                "package test;",
                "",
                "import dev.kiln.annotation.Column;",
                "import dev.kiln.annotation.Table;",
                "",
                "@Table",
                "class Note {",
                "  @Column(primaryKey = true)",
                "  int id;",
                "  String text;",
                "}"));

    assertGenerated(compilation, "test.Note");
    assertThat(contents(compilation, "test.NoteTable")).contains("note.text = row.getString(2);");
  }

  @Test
  void recordModelIsGenerated() {
    Compilation compilation =
        compile(
            source(
                "test.Point",
                "package test;",
                "",
                "import dev.kiln.annotation.Column;",
                "import dev.kiln.annotation.Table;",
                "",
                "@Table",
                "public record Point(@Column(primaryKey = true) Integer id, double x, double y) {}"));

    assertGenerated(compilation, "test.Point");
    assertThat(contents(compilation, "test.PointTable")).contains("return new Point(");
  }

  @Test
  void staticNestedModelIsGeneratedUnderItsFlatName() {
    Compilation compilation =
        compile(
            source(
                "test.Shop",
                "package test;",
                "",
                "import dev.kiln.annotation.Column;",
                "import dev.kiln.annotation.Table;",
                "",
                "public class Shop {",
                "  @Table",
                "  public static class Item {",
                "    @Column(primaryKey = true)",
                "    Integer id;",
                "  }",
                "}"));

    assertGenerated(compilation, "test.ShopItem");
    assertThat(contents(compilation, "test.ShopItemTable")).contains("extends TableDef<Shop.Item>");
  }

  @Test
  void enumColumnIsStoredByConstantName() {
    JavaFileObject color = source("test.Color", "package test;", "", "public enum Color { RED, GREEN }");
    JavaFileObject paint =
        source(
            "test.Paint",
            "package test;",
            "",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "",
            "@Table",
            "public class Paint {",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  Color color;",
            "}");
    Compilation compilation = compile(color, paint);

    assertGenerated(compilation, "test.Paint");
    assertThat(contents(compilation, "test.PaintTable"))
        .contains("ValueType.enumByName(\"Color\", Color::valueOf)");
  }

  @Test
  void modelNamingATypeAnotherProcessorWritesIsGeneratedOnceTheTypeExists() {
    Compilation compilation =
        compiler()
            .withProcessors(new KilnProcessor(), new StatusWriter())
            .compile(
                source(
                    "test.Ticket",
                    "package test;",
                    "",
                    "import dev.kiln.annotation.Column;",
                    "import dev.kiln.annotation.Table;",
                    "",
                    "@Table",
                    "public class Ticket {",
                    "  @Column(primaryKey = true)",
                    "  Integer id;",
                    "  Status status;",
                    "}"));

    assertGenerated(compilation, "test.Ticket");
    assertThat(contents(compilation, "test.TicketTable"))
        .contains("ValueType.enumByName(\"Status\", Status::valueOf)");
  }

  @Test
  void reservedWordTableAndColumnNamesAreQuoted() {
    Compilation compilation =
        compile(
            source(
                "test.Order",
                "package test;",
                "",
                "import dev.kiln.annotation.Column;",
                "import dev.kiln.annotation.Table;",
                "",
                "@Table(name = \"order\")",
                "public class Order {",
                "  @Column(primaryKey = true)",
                "  Integer id;",
                "  @Column(name = \"select\")",
                "  String choice;",
                "}"));

    assertGenerated(compilation, "test.Order");
    assertThat(contents(compilation, "test.OrderTable"))
        .contains("POSTGRESQL_CREATE = List.of(\n    \"CREATE TABLE IF NOT EXISTS \\\"order\\\" (");
    assertThat(contents(compilation, "test.OrderTable")).contains("\\\"select\\\" TEXT");
  }

  @Test
  void userModelGeneratesTypedColumnsQuotedDdlAndIndexedRowMapping() {
    Compilation compilation = compile(TestModels.user());

    assertGenerated(compilation, "test.User");
    String table = contents(compilation, "test.UserTable");
    assertThat(table).contains("@Generated(\"dev.kiln.processor.KilnProcessor\")");
    assertThat(table)
        .contains(
            "public static final StringColumn<User> USERNAME = new StringColumn<>(TABLE, 1, \"username\");");
    assertThat(table)
        .contains(
            "POSTGRESQL_CREATE = List.of(\n    \"CREATE TABLE IF NOT EXISTS \\\"user\\\""
                + " (\\\"id\\\" INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,");
    assertThat(table).contains("user.setUsername(row.getString(2));");
    assertThat(contents(compilation, "test.UserQuery"))
        .contains("public UserQuery filterByUsername(String username)");
  }

  @Test
  void processorWritesTheModelClassesTheRegistryAndItsServiceFile() {
    FileRecordingProcessor processor = new FileRecordingProcessor();

    assertThat(compile(processor, TestModels.user())).succeededWithoutWarnings();
    assertThat(processor.createdFiles())
        .containsExactly(
            "test.UserTable", "test.UserDao", "test.UserQuery", "test.KilnModels", SERVICE_FILE);
  }

  @Test
  void processorSupportsOnlyTheTableAnnotation() {
    assertThat(new KilnProcessor().getSupportedAnnotationTypes()).containsExactly(TABLE);
  }

  @Test
  void processorClaimsNoAnnotationSoLaterProcessorsStillSeeTable() {
    TableRecorder later = new TableRecorder();
    Compilation compilation =
        compiler().withProcessors(new KilnProcessor(), later).compile(TestModels.user());

    assertThat(compilation).succeeded();
    assertThat(later.annotationsSeen).contains(TABLE);
  }

  /** Asserts the model compiled without a warning and generated its classes and the registry. */
  private static void assertGenerated(Compilation compilation, String generatedPrefix) {
    assertThat(compilation).succeededWithoutWarnings();
    for (String suffix : new String[] {"Table", "Dao", "Query"}) {
      assertThat(compilation).generatedSourceFile(generatedPrefix + suffix);
    }
    assertThat(compilation).generatedSourceFile("test.KilnModels");
    assertThat(compilation)
        .generatedFile(StandardLocation.CLASS_OUTPUT, SERVICE_FILE)
        .contentsAsUtf8String()
        .isEqualTo("test.KilnModels\n");
  }

  private static String contents(Compilation compilation, String qualifiedName) {
    JavaFileObject file = compilation.generatedSourceFile(qualifiedName).orElseThrow();
    try {
      return file.getCharContent(false).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A processor that writes the enum {@code test.Status} in its first round, as code generators do. */
  private static final class StatusWriter extends AbstractProcessor {
    private boolean written;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of(TABLE);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!written) {
        written = true;
        try (Writer writer = processingEnv.getFiler().createSourceFile("test.Status").openWriter()) {
          writer.write("package test;\n\npublic enum Status { OPEN, CLOSED }\n");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }

  /** A processor after Kiln's that records which annotations were left to it. */
  private static final class TableRecorder extends AbstractProcessor {
    final Set<String> annotationsSeen = new HashSet<>();

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of(TABLE);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      annotations.forEach(annotation -> annotationsSeen.add(annotation.getQualifiedName().toString()));
      return false;
    }
  }
}
