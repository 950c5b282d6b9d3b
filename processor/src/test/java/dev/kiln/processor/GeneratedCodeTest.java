package dev.kiln.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.kiln.processor.Compilations.compile;
import static dev.kiln.processor.Compilations.compiler;
import static dev.kiln.processor.Compilations.contents;
import static dev.kiln.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
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
  void reservedWordTableAndColumnNamesAreDescribedUnquotedForTheDialectToQuote() {
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
    String table = contents(compilation, "test.OrderTable");
    assertThat(table).contains("TableSchema.builder(\"order\")");
    assertThat(table).contains(".column(ColumnSchema.of(\"select\", SqlType.TEXT))");
  }

  @Test
  void userModelGeneratesTypedColumnsASchemaAndIndexedRowMapping() {
    Compilation compilation = compile(TestModels.user());

    assertGenerated(compilation, "test.User");
    String table = contents(compilation, "test.UserTable");
    assertThat(table).contains("@Generated(\"dev.kiln.processor.KilnProcessor\")");
    assertThat(table)
        .contains(
            "public static final StringColumn<User> USERNAME = new StringColumn<>(TABLE, 1, \"username\");");
    assertThat(table).contains(".column(ColumnSchema.of(\"id\", SqlType.INTEGER).generatedKey())");
    assertThat(table).ignoringCase().doesNotContain("sqlite");
    assertThat(table).ignoringCase().doesNotContain("postgres");
    assertThat(table).contains("user.setUsername(row.getString(2));");
    assertThat(contents(compilation, "test.UserQuery"))
        .contains("public UserQuery filterByUsername(String username)");
  }

  @Test
  void boxedIntVersionOfAConstructorBuiltClassDefaultsToZeroAndIsCopiedThroughTheConstructor() {
    Compilation compilation =
        compile(
            source(
                "test.Invoice",
                "package test;",
                "",
                "import dev.kiln.annotation.Column;",
                "import dev.kiln.annotation.Table;",
                "import dev.kiln.annotation.Version;",
                "",
                "@Table",
                "public final class Invoice {",
                "  @Column(primaryKey = true) private final Long id;",
                "  @Version private final Integer version;",
                "  private final String number;",
                "",
                "  public Invoice(String number, Integer version, Long id) {",
                "    this.id = id;",
                "    this.version = version;",
                "    this.number = number;",
                "  }",
                "",
                "  public Long getId() { return id; }",
                "  public Integer getVersion() { return version; }",
                "  public String getNumber() { return number; }",
                "}"));

    assertGenerated(compilation, "test.Invoice");
    String table = contents(compilation, "test.InvoiceTable");
    assertThat(table)
        .contains(
            ".column(ColumnSchema.of(\"version\", SqlType.INTEGER).notNull().asVersion()"
                + ".withDefault(ColumnDefault.sql(\"0\")))");
    assertThat(table)
        .contains(
            "  protected Invoice with(Invoice invoice, int column, Object value) {\n"
                + "    if (column != 0 && column != 1) {\n"
                + "      return super.with(invoice, column, value);\n"
                + "    }\n"
                + "    // An immutable object cannot change: return a copy with the value.\n"
                + "    return new Invoice(\n"
                + "        invoice.getNumber(),\n"
                + "        column == 1 ? (Integer) value : invoice.getVersion(),\n"
                + "        column == 0 ? (Long) value : invoice.getId());\n"
                + "  }\n");
  }

  @Test
  void primitiveLongVersionOfAMappedSuperclassIsSetOnTheObject() {
    JavaFileObject base =
        source(
            "test.Versioned",
            "package test;",
            "",
            "import dev.kiln.annotation.MappedSuperclass;",
            "import dev.kiln.annotation.Version;",
            "",
            "@MappedSuperclass",
            "public abstract class Versioned {",
            "  @Version long version;",
            "}");
    JavaFileObject model =
        source(
            "test.Ledger",
            "package test;",
            "",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "",
            "@Table",
            "public class Ledger extends Versioned {",
            "  @Column(primaryKey = true) Integer id;",
            "}");
    Compilation compilation = compile(base, model);

    assertGenerated(compilation, "test.Ledger");
    String table = contents(compilation, "test.LedgerTable");
    assertThat(table).contains(".column(ColumnSchema.of(\"version\", SqlType.BIGINT).notNull().asVersion())\n");
    assertThat(table).containsMatch("case \\d -> ledger.version = \\(value == null \\? 0L : \\(Long\\) value\\);\n");
  }

  @Test
  void modelNamedValueKeepsItsObjectApartFromTheValueParameter() {
    Compilation compilation =
        compile(
            source(
                "test.Value",
                "package test;",
                "",
                "import dev.kiln.annotation.Column;",
                "import dev.kiln.annotation.Table;",
                "import dev.kiln.annotation.Version;",
                "",
                "@Table",
                "public record Value(@Column(primaryKey = true) String name, @Version int revision) {}"));

    assertGenerated(compilation, "test.Value");
    assertThat(contents(compilation, "test.ValueTable"))
        .contains(
            "  protected Value with(Value entity, int column, Object value) {\n"
                + "    if (column != 1) {\n"
                + "      return super.with(entity, column, value);\n"
                + "    }\n"
                + "    // An immutable object cannot change: return a copy with the value.\n"
                + "    return new Value(\n"
                + "        entity.name(),\n"
                + "        column == 1 ? (value == null ? 0 : (Integer) value) : entity.revision());\n"
                + "  }\n");
  }

  @Test
  void processorsWriteTheModelClassesThenTheRegistryAndItsServiceFile() {
    FileRecorder files = new FileRecorder();

    assertThat(compile(files.kilnProcessors(), TestModels.user())).succeededWithoutWarnings();
    assertThat(files.names())
        .containsExactly("test.UserTable", "test.UserDao", "test.UserQuery", "test.KilnModels", SERVICE_FILE)
        .inOrder();
  }

  @Test
  void processorsSupportOnlyKilnsTypeAnnotations() {
    assertThat(new KilnProcessor().getSupportedAnnotationTypes())
        .containsExactly(TABLE, "dev.kiln.annotation.Projection");
    assertThat(new ModelRegistryProcessor().getSupportedAnnotationTypes()).containsExactly(TABLE);
  }

  @Test
  void processorsClaimNoAnnotationSoLaterProcessorsStillSeeTable() {
    TableRecorder later = new TableRecorder();
    List<Processor> processors = new ArrayList<>(Compilations.kilnProcessors());
    processors.add(later);
    Compilation compilation = compiler().withProcessors(processors).compile(TestModels.user());

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
