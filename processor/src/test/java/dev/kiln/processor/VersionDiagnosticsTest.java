package dev.kiln.processor;

import static dev.kiln.processor.Compilations.source;
import static dev.kiln.processor.DiagnosticsTest.assertOnlyError;
import static dev.kiln.processor.DiagnosticsTest.assertOnlyErrorIn;
import static dev.kiln.processor.DiagnosticsTest.assertOnlyErrorInRecord;

import dev.kiln.processor.check.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A {@code @Version} field Kiln could not manage is a compile error on the part at fault: the
 * {@code @Version} itself, or the attribute or annotation it cannot be combined with.
 */
class VersionDiagnosticsTest {
  @Test
  void versionOfAStringIsRejectedOnTheAnnotation() {
    JavaFileObject source =
        source(
            "test.Order",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "import dev.kiln.annotation.Version;",
            "@Table",
            "public class Order {",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  @Version", // 9
            "  String version;",
            "}");

    assertOnlyError(source, 9, Diagnostic.VERSION_TYPE.format("version", "java.lang.String"));
  }

  @Test
  void versionOfAShortRecordComponentIsRejectedOnTheAnnotation() {
    JavaFileObject source =
        source(
            "test.Order",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "import dev.kiln.annotation.Version;",
            "@Table",
            "public record Order(",
            "    @Column(primaryKey = true) Integer id,",
            "    @Version", // 8
            "    short version) {}");

    assertOnlyErrorInRecord(source, 8, Diagnostic.VERSION_TYPE.format("version", "short"));
  }

  @Test
  void versionOfATypeKilnCannotStoreIsRejectedForItsTypeAlone() {
    JavaFileObject source =
        source(
            "test.Order",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "import dev.kiln.annotation.Version;",
            "@Table",
            "public class Order {",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  @Version", // 9
            "  java.util.concurrent.atomic.AtomicLong version;",
            "}");

    assertOnlyError(
        source, 9, Diagnostic.VERSION_TYPE.format("version", "java.util.concurrent.atomic.AtomicLong"));
  }

  @Test
  void secondVersionIsRejectedOnItsAnnotation() {
    JavaFileObject source =
        source(
            "test.Order",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "import dev.kiln.annotation.Version;",
            "@Table",
            "public class Order {",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  @Version",
            "  long version;",
            "  @Version", // 11
            "  int revision;",
            "}");

    assertOnlyError(source, 11, Diagnostic.DUPLICATE_VERSION.format("revision", "version", "Order"));
  }

  @Test
  void versionBesideOneInheritedFromAMappedSuperclassIsRejectedInTheModel() {
    JavaFileObject base =
        source(
            "test.Versioned",
            "package test;",
            "import dev.kiln.annotation.MappedSuperclass;",
            "import dev.kiln.annotation.Version;",
            "@MappedSuperclass",
            "public abstract class Versioned {",
            "  @Version",
            "  Long version;",
            "}");
    JavaFileObject model =
        source(
            "test.Order",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "import dev.kiln.annotation.Version;",
            "@Table",
            "public class Order extends Versioned {",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  @Version", // 9
            "  int revision;",
            "}");

    assertOnlyErrorIn(
        model, 9, Diagnostic.DUPLICATE_VERSION.format("revision", "version", "Versioned"), base, model);
  }

  @Test
  void versionThatIsThePrimaryKeyIsRejectedAtPrimaryKey() {
    JavaFileObject source =
        source(
            "test.Order",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "import dev.kiln.annotation.Version;",
            "@Table",
            "public class Order {",
            "  @Version",
            "  @Column(",
            "      primaryKey = true)", // 9
            "  Long version;",
            "}");

    assertOnlyError(
        source,
        9,
        Diagnostic.VERSION_CONFLICT.format(
            "version", "primaryKey = true", "a key must never change, and a version changes on every update",
            "primaryKey = true"));
  }

  @Test
  void uniqueVersionIsRejectedAtUnique() {
    JavaFileObject source =
        source(
            "test.Order",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "import dev.kiln.annotation.Version;",
            "@Table",
            "public class Order {",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  @Version",
            "  @Column(",
            "      unique = true)", // 11
            "  long version;",
            "}");

    assertOnlyError(
        source,
        11,
        Diagnostic.VERSION_CONFLICT.format(
            "version", "unique = true",
            "every row counts its own updates from the same start, so rows share versions", "unique = true"));
  }

  @Test
  void nullableVersionIsRejectedAtNullable() {
    JavaFileObject source =
        source(
            "test.Order",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "import dev.kiln.annotation.Version;",
            "@Table",
            "public class Order {",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  @Version",
            "  @Column(",
            "      nullable = true)", // 11
            "  Integer version;",
            "}");

    assertOnlyError(
        source,
        11,
        Diagnostic.VERSION_CONFLICT.format(
            "version", "nullable = true", "a version is never null: a new row's null version is stored as 0",
            "nullable = true"));
  }

  @Test
  void versionWithADefaultIsRejectedAtTheDefault() {
    JavaFileObject source =
        source(
            "test.Order",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "import dev.kiln.annotation.Version;",
            "@Table",
            "public class Order {",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  @Version",
            "  @Column(",
            "      defaultSql = \"1\")", // 11
            "  Long version;",
            "}");

    assertOnlyError(
        source,
        11,
        Diagnostic.VERSION_CONFLICT.format(
            "version", "defaultSql", "a new row's null version is stored as 0, the default Kiln gives its column",
            "defaultSql"));
  }

  @Test
  void convertedVersionIsRejectedOnConvert() {
    JavaFileObject source =
        source(
            "test.Order",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Convert;",
            "import dev.kiln.annotation.Table;",
            "import dev.kiln.annotation.Version;",
            "import dev.kiln.convert.Converter;",
            "@Table",
            "public class Order {",
            "  public static class Padded implements Converter<Long, String> {",
            "    public String toColumn(Long value) { return String.format(\"%020d\", value); }",
            "    public Long fromColumn(String stored) { return Long.valueOf(stored); }",
            "  }",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  @Version",
            "  @Convert(Padded.class)", // 16
            "  Long version;",
            "}");

    assertOnlyError(
        source,
        16,
        Diagnostic.VERSION_CONFLICT.format(
            "version", "@Convert", "the version is stored and compared as the number it is", "@Convert"));
  }

  @Test
  void enumeratedVersionIsRejectedOnEnumerated() {
    JavaFileObject source =
        source(
            "test.Order",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Enumerated;",
            "import dev.kiln.annotation.Table;",
            "import dev.kiln.annotation.Version;",
            "@Table",
            "public class Order {",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  @Version",
            "  @Enumerated(Enumerated.Storage.ORDINAL)", // 11
            "  int version;",
            "}");

    assertOnlyError(
        source,
        11,
        Diagnostic.VERSION_CONFLICT.format(
            "version", "@Enumerated", "the version is stored and compared as the number it is", "@Enumerated"));
  }

  @Test
  void versionOnAStaticFieldIsRejectedOnTheAnnotation() {
    JavaFileObject source =
        source(
            "test.Order",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "import dev.kiln.annotation.Version;",
            "@Table",
            "public class Order {",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  @Version", // 9
            "  static long version;",
            "}");

    assertOnlyError(source, 9, Diagnostic.EXCLUDED_VERSION.format("version", "static", "static"));
  }

  @Test
  void versionOnATransientFieldIsRejectedOnTheAnnotation() {
    JavaFileObject source =
        source(
            "test.Order",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "import dev.kiln.annotation.Version;",
            "@Table",
            "public class Order {",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  @Version", // 9
            "  transient long version;",
            "}");

    assertOnlyError(source, 9, Diagnostic.EXCLUDED_VERSION.format("version", "transient", "transient"));
  }

  @Test
  void versionOnAFieldMarkedTransientIsRejectedOnTheAnnotation() {
    JavaFileObject source =
        source(
            "test.Order",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "import dev.kiln.annotation.Transient;",
            "import dev.kiln.annotation.Version;",
            "@Table",
            "public class Order {",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  @Transient",
            "  @Version", // 11
            "  Long version;",
            "}");

    assertOnlyError(source, 11, Diagnostic.EXCLUDED_VERSION.format("version", "@Transient", "@Transient"));
  }
}
