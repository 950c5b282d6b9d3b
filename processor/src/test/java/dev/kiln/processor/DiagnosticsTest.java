package dev.kiln.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.kiln.processor.Compilations.ECJ;
import static dev.kiln.processor.Compilations.compile;
import static dev.kiln.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import dev.kiln.processor.check.Diagnostic;
import dev.kiln.processor.model.ValueKind;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One invalid model per diagnostic: each fails with exactly that error, on the line of the element
 * (or annotation value) at fault, and nothing but placeholders is generated for it. Comments mark
 * the lines asserted.
 */
class DiagnosticsTest {
  /** How the javadoc of each placeholder generated for a model with errors begins. */
  private static final String PLACEHOLDER = "Not generated in full: ";

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

    assertOnlyErrorInRecord(source, 8, Diagnostic.LENGTH_NOT_POSITIVE.format("name", 0));
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
  void privateFieldWithNeitherGetterNorSetterIsRejectedOnceNamingBoth() {
    JavaFileObject source =
        source(
            "test.Book",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "@Table",
            "public class Book {",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  private String title;", // 8
            "}");

    assertOnlyError(
        source, 8, Diagnostic.NO_ACCESSORS.format("title", "java.lang.String", "getTitle", "setTitle", "java.lang.String"));
  }

  @Test
  void privateFieldOfImmutableClassWithoutGetterNeedsOnlyTheGetter() {
    JavaFileObject source =
        source(
            "test.Book",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "@Table",
            "public class Book {",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  private String title;", // 8
            "  Book(Integer id, String title) { this.id = id; this.title = title; }",
            "}");

    assertOnlyError(source, 8, Diagnostic.NO_GETTER.format("title", "getTitle"));
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

  @Test
  void tableOnAnnotationTypeIsRejectedOnTheAnnotationType() {
    JavaFileObject source =
        source(
            "test.Audited",
            "package test;",
            "import dev.kiln.annotation.Table;",
            "@Table",
            "public @interface Audited {", // 4
            "}");

    assertOnlyError(source, 4, Diagnostic.NOT_A_CLASS.format("the annotation", "Audited"));
  }

  @Test
  void fieldWithoutColumnWhoseNameIsTakenIsRejectedOnTheField() {
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
            "  @Column(name = \"login\")",
            "  String userName;",
            "  String login;", // 10
            "}");

    assertOnlyError(source, 10, Diagnostic.DUPLICATE_COLUMN.format("login", "login", "userName"));
  }

  @Test
  void precisionOnStringFieldIsRejectedAtThePrecision() {
    JavaFileObject source =
        source(
            "test.Product",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "@Table",
            "public class Product {",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  @Column(length = 20,",
            "      precision = 5)", // 9
            "  String code;",
            "}");

    assertOnlyError(source, 9, Diagnostic.PRECISION_NOT_NUMBER.format("code", "java.lang.String"));
  }

  @Test
  void scaleOnDoubleFieldIsRejectedAtTheScale() {
    JavaFileObject source =
        source(
            "test.Product",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "@Table",
            "public class Product {",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  @Column(",
            "      scale = 2)", // 9
            "  Double weight;",
            "}");

    assertOnlyError(source, 9, Diagnostic.PRECISION_NOT_NUMBER.format("weight", "java.lang.Double"));
  }

  @Test
  void precisionAboveTheLimitIsRejectedAtThePrecision() {
    JavaFileObject source =
        source(
            "test.Product",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "@Table",
            "public class Product {",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  @Column(",
            "      precision = 1001)", // 9
            "  java.math.BigDecimal price;",
            "}");

    assertOnlyError(source, 9, Diagnostic.PRECISION_OUT_OF_RANGE.format("price", 1001));
  }

  @Test
  void zeroPrecisionIsRejectedAtThePrecision() {
    JavaFileObject source =
        source(
            "test.Product",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "@Table",
            "public class Product {",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  @Column(scale = 0,",
            "      precision = 0)", // 9
            "  java.math.BigInteger stock;",
            "}");

    assertOnlyError(source, 9, Diagnostic.PRECISION_OUT_OF_RANGE.format("stock", 0));
  }

  @Test
  void scaleAboveThePrecisionIsRejectedAtTheScale() {
    JavaFileObject source =
        source(
            "test.Product",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "@Table",
            "public class Product {",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  @Column(precision = 4,",
            "      scale = 6)", // 9
            "  java.math.BigDecimal price;",
            "}");

    assertOnlyError(source, 9, Diagnostic.SCALE_OUT_OF_RANGE.format("price", 6, 4));
  }

  @Test
  void negativeScaleIsRejectedAtTheScale() {
    JavaFileObject source =
        source(
            "test.Product",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "@Table",
            "public class Product {",
            "  @Column(precision = 10,",
            "      scale = -1)", // 7
            "  java.math.BigDecimal price;",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "}");

    assertOnlyError(source, 7, Diagnostic.SCALE_OUT_OF_RANGE.format("price", -1, 10));
  }

  @Test
  void scaleWithoutPrecisionIsRejectedAtTheScale() {
    JavaFileObject source =
        source(
            "test.Product",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "@Table",
            "public class Product {",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  @Column(",
            "      scale = 2)", // 9
            "  java.math.BigDecimal price;",
            "}");

    assertOnlyError(source, 9, Diagnostic.SCALE_WITHOUT_PRECISION.format("price"));
  }

  @Test
  void scaleOnBigIntegerIsRejectedAtTheScale() {
    JavaFileObject source =
        source(
            "test.Product",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "@Table",
            "public class Product {",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  @Column(precision = 30,",
            "      scale = 2)", // 9
            "  java.math.BigInteger stock;",
            "}");

    assertOnlyError(source, 9, Diagnostic.SCALE_ON_BIG_INTEGER.format("stock"));
  }

  @Test
  void enumeratedOnStringFieldIsRejectedOnTheAnnotation() {
    JavaFileObject source =
        source(
            "test.Order",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Enumerated;",
            "import dev.kiln.annotation.Table;",
            "@Table",
            "public class Order {",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  @Column(length = 10)",
            "  @Enumerated(", // 10
            "      Enumerated.Storage.ORDINAL)",
            "  String status;",
            "}");

    assertOnlyError(source, 10, Diagnostic.ENUMERATED_NOT_ENUM.format("status", "java.lang.String"));
  }

  @Test
  void enumeratedOnConvertedEnumIsRejectedOnTheAnnotation() {
    JavaFileObject source =
        source(
            "test.Order",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Convert;",
            "import dev.kiln.annotation.Enumerated;",
            "import dev.kiln.annotation.Table;",
            "import dev.kiln.convert.Converter;",
            "@Table",
            "public class Order {",
            "  enum Status { OPEN, SHIPPED }",
            "  static class StatusConverter implements Converter<Status, String> {",
            "    public String toColumn(Status value) { return value.name().substring(0, 1); }",
            "    public Status fromColumn(String stored) { return stored.equals(\"O\") ? Status.OPEN : Status.SHIPPED; }",
            "  }",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  @Convert(StatusConverter.class)",
            "  @Enumerated(", // 17
            "      Enumerated.Storage.ORDINAL)",
            "  Status status;",
            "}");

    assertOnlyError(source, 17, Diagnostic.ENUMERATED_NOT_ENUM.format("status", "test.Order.Status"));
  }

  @Test
  void converterOfAnotherTypeIsRejectedAtTheConverter() {
    JavaFileObject source =
        source(
            "test.Shop",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Convert;",
            "import dev.kiln.annotation.Table;",
            "import dev.kiln.convert.Converter;",
            "import java.util.Currency;",
            "import java.util.Locale;",
            "@Table",
            "public class Shop {",
            "  static class CurrencyConverter implements Converter<Currency, String> {",
            "    public String toColumn(Currency value) { return value.getCurrencyCode(); }",
            "    public Currency fromColumn(String stored) { return Currency.getInstance(stored); }",
            "  }",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  @Convert(",
            "      CurrencyConverter.class)", // 17
            "  Locale locale;",
            "}");

    assertOnlyError(
        source,
        17,
        Diagnostic.CONVERTER_WRONG_TYPE.format(
            "test.Shop.CurrencyConverter", "java.util.Currency", "locale", "java.util.Locale", "java.util.Locale"));
  }

  @Test
  void converterToUnstorableTypeIsRejectedAtTheConverter() {
    JavaFileObject source =
        source(
            "test.Shop",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Convert;",
            "import dev.kiln.annotation.Table;",
            "import dev.kiln.convert.Converter;",
            "import java.util.Currency;",
            "import java.util.Locale;",
            "@Table",
            "public class Shop {",
            "  static class CurrencyConverter implements Converter<Currency, Locale> {",
            "    public Locale toColumn(Currency value) { return Locale.ROOT; }",
            "    public Currency fromColumn(Locale stored) { return Currency.getInstance(stored); }",
            "  }",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  @Convert(",
            "      CurrencyConverter.class)", // 17
            "  Currency currency;",
            "}");

    assertOnlyError(
        source, 17, Diagnostic.CONVERTER_UNSTORABLE.format("test.Shop.CurrencyConverter", "java.util.Locale"));
  }

  @Test
  void converterToEnumIsRejectedAtTheConverter() {
    JavaFileObject source =
        source(
            "test.Shop",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Convert;",
            "import dev.kiln.annotation.Table;",
            "import dev.kiln.convert.Converter;",
            "import java.util.Currency;",
            "@Table",
            "public class Shop {",
            "  enum Region { EUROPE, ELSEWHERE }",
            "  static class RegionConverter implements Converter<Currency, Region> {",
            "    public Region toColumn(Currency value) { return Region.ELSEWHERE; }",
            "    public Currency fromColumn(Region stored) { return Currency.getInstance(\"EUR\"); }",
            "  }",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  @Convert(",
            "      RegionConverter.class)", // 17
            "  Currency currency;",
            "}");

    assertOnlyError(
        source, 17, Diagnostic.CONVERTER_UNSTORABLE.format("test.Shop.RegionConverter", "test.Shop.Region"));
  }

  @Test
  void abstractConverterIsRejectedAtTheConverter() {
    JavaFileObject source =
        source(
            "test.Shop",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Convert;",
            "import dev.kiln.annotation.Table;",
            "import dev.kiln.convert.Converter;",
            "import java.util.Currency;",
            "@Table",
            "public class Shop {",
            "  abstract static class CurrencyConverter implements Converter<Currency, String> {}",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  @Convert(",
            "      CurrencyConverter.class)", // 13
            "  Currency currency;",
            "}");

    assertOnlyError(
        source, 13, Diagnostic.CONVERTER_NOT_INSTANTIABLE.format("test", "test.Shop.CurrencyConverter"));
  }

  @Test
  void converterWithPrivateConstructorIsRejectedAtTheConverter() {
    JavaFileObject source =
        source(
            "test.Shop",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Convert;",
            "import dev.kiln.annotation.Table;",
            "import dev.kiln.convert.Converter;",
            "import java.util.Currency;",
            "@Table",
            "public class Shop {",
            "  static class CurrencyConverter implements Converter<Currency, String> {",
            "    private CurrencyConverter() {}",
            "    public String toColumn(Currency value) { return value.getCurrencyCode(); }",
            "    public Currency fromColumn(String stored) { return Currency.getInstance(stored); }",
            "  }",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  @Convert(",
            "      CurrencyConverter.class)", // 17
            "  Currency currency;",
            "}");

    assertOnlyError(
        source, 17, Diagnostic.CONVERTER_NOT_INSTANTIABLE.format("test", "test.Shop.CurrencyConverter"));
  }

  @Test
  void innerClassConverterIsRejectedAtTheConverter() {
    JavaFileObject source =
        source(
            "test.Shop",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Convert;",
            "import dev.kiln.annotation.Table;",
            "import dev.kiln.convert.Converter;",
            "import java.util.Currency;",
            "@Table",
            "public class Shop {",
            "  class CurrencyConverter implements Converter<Currency, String> {",
            "    public String toColumn(Currency value) { return value.getCurrencyCode(); }",
            "    public Currency fromColumn(String stored) { return Currency.getInstance(stored); }",
            "  }",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  @Convert(",
            "      CurrencyConverter.class)", // 16
            "  Currency currency;",
            "}");

    assertOnlyError(
        source, 16, Diagnostic.CONVERTER_NOT_INSTANTIABLE.format("test", "test.Shop.CurrencyConverter"));
  }

  @Test
  void converterTheCompilerCannotFindIsLeftToTheCompiler() {
    JavaFileObject source =
        source(
            "test.Shop",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Convert;",
            "import dev.kiln.annotation.Table;",
            "@Table",
            "public class Shop {",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  @Convert(",
            "      CurrencyConvertor.class)", // 10
            "  java.util.Currency currency;",
            "}");

    assertOnlyCompilerErrors(source, 10);
  }

  @Test
  void fieldOfATypeTheCompilerCannotFindIsLeftToTheCompiler() {
    JavaFileObject source =
        source(
            "test.Shop",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "@Table",
            "public class Shop {",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  java.util.List<Money> prices;", // 8
            "}");

    assertOnlyCompilerErrors(source, 8);
  }

  @Test
  void indexOnUnknownFieldIsRejectedAtItsColumns() {
    JavaFileObject source =
        source(
            "test.Person",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Index;",
            "import dev.kiln.annotation.Table;",
            "@Table",
            "@Index(",
            "    columns = \"nmae\")", // 7
            "public class Person {",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  String name;",
            "}");

    assertOnlyError(source, 7, Diagnostic.UNKNOWN_FIELD.format("Index", "nmae", "Person", "id, name"));
  }

  @Test
  void indexOnTransientFieldIsRejectedAtItsColumns() {
    JavaFileObject source =
        source(
            "test.Person",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Index;",
            "import dev.kiln.annotation.Table;",
            "@Table",
            "@Index(",
            "    columns = {\"name\", \"nickname\"})", // 7
            "public class Person {",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  String name;",
            "  transient String nickname;",
            "}");

    assertOnlyError(source, 7, Diagnostic.UNKNOWN_FIELD.format("Index", "nickname", "Person", "id, name"));
  }

  @Test
  void repeatedUniqueOnUnknownFieldIsRejectedAtItsColumnsWhereTheCompilerCan() {
    JavaFileObject source =
        source(
            "test.Person",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "import dev.kiln.annotation.Unique;",
            "@Table",
            "@Unique(columns = {\"name\", \"email\"})",
            "@Unique(",
            "    columns = {\"name\", \"phone\"})", // 8
            "public class Person {", // 9
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  String name;",
            "  String email;",
            "}");

    assertOnlyError(source, repeatedAnnotationLine(8, 9), Diagnostic.UNKNOWN_FIELD.format("Unique", "phone", "Person", "id, name, email"));
  }

  @Test
  void uniqueWithoutFieldsIsRejectedAtItsColumns() {
    JavaFileObject source =
        source(
            "test.Person",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "import dev.kiln.annotation.Unique;",
            "@Table",
            "@Unique(",
            "    columns = {})", // 7
            "public class Person {",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  String name;",
            "}");

    assertOnlyError(source, 7, Diagnostic.NO_FIELDS.format("Unique", "Person"));
  }

  @Test
  void repeatedIndexWithoutFieldsIsRejectedAtItsColumnsWhereTheCompilerCan() {
    JavaFileObject source =
        source(
            "test.Person",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Index;",
            "import dev.kiln.annotation.Table;",
            "@Table",
            "@Index(columns = \"name\")",
            "@Index(",
            "    columns = {})", // 8
            "public class Person {", // 9
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  String name;",
            "}");

    assertOnlyError(source, repeatedAnnotationLine(8, 9), Diagnostic.NO_FIELDS.format("Index", "Person"));
  }

  @Test
  void indexListingAFieldTwiceIsRejectedAtItsColumns() {
    JavaFileObject source =
        source(
            "test.Person",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Index;",
            "import dev.kiln.annotation.Table;",
            "@Table",
            "@Index(",
            "    columns = {\"name\", \"name\"})", // 7
            "public class Person {",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  String name;",
            "}");

    assertOnlyError(source, 7, Diagnostic.REPEATED_FIELD.format("Index", "name"));
  }

  @Test
  void repeatedUniqueListingAFieldTwiceIsRejectedAtItsColumnsWhereTheCompilerCan() {
    JavaFileObject source =
        source(
            "test.Person",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "import dev.kiln.annotation.Unique;",
            "@Table",
            "@Unique(columns = {\"name\", \"email\"})",
            "@Unique(",
            "    columns = {\"email\", \"name\", \"email\"})", // 8
            "public class Person {", // 9
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  String name;",
            "  String email;",
            "}");

    assertOnlyError(source, repeatedAnnotationLine(8, 9), Diagnostic.REPEATED_FIELD.format("Unique", "email"));
  }

  @Test
  void indexNamedLikeAUniqueConstraintIsRejectedAtItsName() {
    JavaFileObject source =
        source(
            "test.Person",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Index;",
            "import dev.kiln.annotation.Table;",
            "import dev.kiln.annotation.Unique;",
            "@Table",
            "@Unique(columns = {\"name\", \"email\"}, name = \"person_lookup\")",
            "@Index(columns = \"email\",",
            "    name = \"person_lookup\")", // 9
            "public class Person {",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  String name;",
            "  String email;",
            "}");

    assertOnlyError(source, 9, Diagnostic.DUPLICATE_CONSTRAINT_NAME.format("person", "person_lookup"));
  }

  @Test
  void repeatedIndexWithATakenNameIsRejectedAtItsNameWhereTheCompilerCan() {
    JavaFileObject source =
        source(
            "test.Person",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Index;",
            "import dev.kiln.annotation.Table;",
            "@Table",
            "@Index(columns = \"name\", name = \"person_lookup\")",
            "@Index(columns = \"email\",",
            "    name = \"person_lookup\")", // 8
            "public class Person {", // 9
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  String name;",
            "  String email;",
            "}");

    assertOnlyError(
        source,
        repeatedAnnotationLine(8, 9),
        Diagnostic.DUPLICATE_CONSTRAINT_NAME.format("person", "person_lookup"));
  }

  @Test
  void indexRepeatingAColumnIndexIsRejectedForItsConventionalName() {
    JavaFileObject source =
        source(
            "test.Person",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Index;",
            "import dev.kiln.annotation.Table;",
            "@Table",
            "@Index(", // 6
            "    columns = \"email\")",
            "public class Person {",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  @Column(index = true)",
            "  String email;",
            "}");

    assertOnlyError(source, 6, Diagnostic.DUPLICATE_CONSTRAINT_NAME.format("person", "person_email_idx"));
  }

  @Test
  void checkNamedLikeAUniqueConstraintIsRejectedAtItsName() {
    JavaFileObject source =
        source(
            "test.Person",
            "package test;",
            "import dev.kiln.annotation.Check;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "@Table",
            "@Check(value = \"age >= 0\",",
            "    name = \"person_email_key\")", // 7
            "public class Person {",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  @Column(unique = true, length = 200)",
            "  String email;",
            "  int age;",
            "}");

    assertOnlyError(source, 7, Diagnostic.DUPLICATE_CONSTRAINT_NAME.format("person", "person_email_key"));
  }

  @Test
  void tableNameOverSixtyThreeBytesIsRejectedAtTheName() {
    String name = "t".repeat(64);
    JavaFileObject source =
        source(
            "test.Person",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "@Table(",
            "    name = \"" + name + "\")", // 5
            "public class Person {",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "}");

    assertOnlyError(source, 5, Diagnostic.NAME_TOO_LONG.format(name, 64, ""));
  }

  @Test
  void columnNameOverSixtyThreeBytesIsRejectedAtTheName() {
    String name = "c".repeat(70);
    JavaFileObject source =
        source(
            "test.Person",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "@Table",
            "public class Person {",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  @Column(",
            "      name = \"" + name + "\")", // 9
            "  String name;",
            "}");

    assertOnlyError(source, 9, Diagnostic.NAME_TOO_LONG.format(name, 70, ""));
  }

  @Test
  void classNameTooLongForATableNameIsRejectedOnTheTableAnnotation() {
    JavaFileObject source =
        source(
            "test.InventoryReservationLedgerEntryWithWarehouseAndStorageLocationCode",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Index;",
            "import dev.kiln.annotation.Table;",
            "@Table", // 5
            "@Index(columns = \"id\")",
            "public class InventoryReservationLedgerEntryWithWarehouseAndStorageLocationCode {",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "}");

    assertOnlyError(
        source,
        5,
        Diagnostic.NAME_TOO_LONG.format(
            "inventory_reservation_ledger_entry_with_warehouse_and_storage_location_code",
            75,
            ", for example with @Table(name = \"...\")"));
  }

  @Test
  void fieldNameTooLongForAColumnNameIsRejectedOnTheField() {
    JavaFileObject source =
        source(
            "test.Person",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "@Table",
            "public class Person {",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  String preferredNameForCorrespondenceWithTheRegionalOfficeAndItsPartners;", // 8
            "}");

    assertOnlyError(
        source,
        8,
        Diagnostic.NAME_TOO_LONG.format(
            "preferred_name_for_correspondence_with_the_regional_office_and_its_partners",
            75,
            ", for example with @Column(name = \"...\")"));
  }

  @Test
  void conventionalIndexNameOverSixtyThreeBytesIsRejectedOnTheIndex() {
    JavaFileObject source =
        source(
            "test.InventoryReservation",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Index;",
            "import dev.kiln.annotation.Table;",
            "@Table",
            "@Index(", // 6
            "    columns = {\"warehouseIdentifier\", \"storageLocationCode\"})",
            "public class InventoryReservation {",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  String warehouseIdentifier;",
            "  String storageLocationCode;",
            "}");

    assertOnlyError(
        source,
        6,
        Diagnostic.NAME_TOO_LONG.format(
            "inventory_reservation_warehouse_identifier_storage_location_code_idx",
            68,
            ", for example with name = \"...\""));
  }

  @Test
  void checkWithBlankConditionIsRejectedAtTheCondition() {
    JavaFileObject source =
        source(
            "test.Product",
            "package test;",
            "import dev.kiln.annotation.Check;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "@Table",
            "@Check(name = \"positive_price\",",
            "    value = \" \")", // 7
            "public class Product {",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  Integer price;",
            "}");

    assertOnlyError(source, 7, Diagnostic.BLANK_CHECK.format("positive_price"));
  }

  @Test
  void blankDefaultIsRejectedAtTheDefault() {
    JavaFileObject source =
        source(
            "test.Order",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "@Table",
            "public class Order {",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  @Column(length = 10,",
            "      defaultSql = \" \")", // 9
            "  String status;",
            "}");

    assertOnlyError(source, 9, Diagnostic.BLANK_DEFAULT.format("status"));
  }

  @Test
  void defaultOnGeneratedKeyIsRejectedAtTheDefault() {
    JavaFileObject source =
        source(
            "test.Order",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "@Table",
            "public class Order {",
            "  @Column(primaryKey = true,",
            "      defaultSql = \"1\")", // 7
            "  Long id;",
            "}");

    assertOnlyError(source, 7, Diagnostic.DEFAULT_ON_GENERATED_KEY.format("id"));
  }

  @Test
  void defaultOnPrimitiveFieldIsRejectedAtTheDefault() {
    JavaFileObject source =
        source(
            "test.Order",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "@Table",
            "public class Order {",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  @Column(",
            "      defaultSql = \"1\")", // 9
            "  int quantity;",
            "}");

    assertOnlyError(source, 9, Diagnostic.DEFAULT_ON_PRIMITIVE.format("quantity", "int", "Integer"));
  }

  @Test
  void currentTimeDefaultOnStringFieldIsRejectedAtTheDefault() {
    JavaFileObject source =
        source(
            "test.Order",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "@Table",
            "public class Order {",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  @Column(",
            "      defaultSql = Column.NOW)", // 9
            "  String placedAt;",
            "}");

    assertOnlyError(source, 9, Diagnostic.NOW_NOT_TEMPORAL.format("placedAt", "java.lang.String"));
  }

  @Test
  void protectedFieldOfMappedSuperclassInAnotherPackageIsRejectedOnTheField() {
    JavaFileObject base =
        source(
            "base.Versioned",
            "package base;",
            "import dev.kiln.annotation.MappedSuperclass;",
            "@MappedSuperclass",
            "public abstract class Versioned {",
            "  protected Long version;", // 5
            "}");
    JavaFileObject model =
        source(
            "test.Article",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "@Table",
            "public class Article extends base.Versioned {",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "}");

    assertOnlyErrorIn(base, 5, Diagnostic.INACCESSIBLE_FIELD.format("version", "Versioned", "test"), base, model);
  }

  @Test
  void packagePrivateFieldOfMappedSuperclassInAnotherPackageIsRejectedOnTheField() {
    JavaFileObject base =
        source(
            "base.Audited",
            "package base;",
            "import dev.kiln.annotation.MappedSuperclass;",
            "@MappedSuperclass",
            "public abstract class Audited {",
            "  java.time.Instant createdAt;", // 5
            "}");
    JavaFileObject model =
        source(
            "test.Article",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "@Table",
            "public class Article extends base.Audited {",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "}");

    assertOnlyErrorIn(base, 5, Diagnostic.INACCESSIBLE_FIELD.format("createdAt", "Audited", "test"), base, model);
  }

  @Test
  void privateFieldOfMappedSuperclassWithProtectedGetterIsRejectedOnTheField() {
    JavaFileObject base =
        source(
            "base.Audited",
            "package base;",
            "import dev.kiln.annotation.MappedSuperclass;",
            "@MappedSuperclass",
            "public abstract class Audited {",
            "  private String createdBy;", // 5
            "  protected String getCreatedBy() { return createdBy; }",
            "  public void setCreatedBy(String createdBy) { this.createdBy = createdBy; }",
            "}");
    JavaFileObject model =
        source(
            "test.Article",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "@Table",
            "public class Article extends base.Audited {",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "}");

    assertOnlyErrorIn(base, 5, Diagnostic.NO_GETTER.format("createdBy", "getCreatedBy"), base, model);
  }

  @Test
  void twoIndependentMistakesAreEachReportedOnce() {
    JavaFileObject source =
        source(
            "test.Product",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "@Table",
            "public class Product {",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  @Column(",
            "      length = 0)", // 9
            "  String name;",
            "  @Column(",
            "      precision = 5)", // 12
            "  Double weight;",
            "}");

    FileRecorder files = new FileRecorder();
    Compilation compilation = compile(files.kilnProcessors(), source);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining(Diagnostic.LENGTH_NOT_POSITIVE.format("name", 0))
        .inFile(source)
        .onLine(9);
    assertThat(compilation)
        .hadErrorContaining(Diagnostic.PRECISION_NOT_NUMBER.format("weight", "java.lang.Double"))
        .inFile(source)
        .onLine(12);
    assertOnlyPlaceholders(files);
  }

  @Test
  void uniqueStringWithoutLengthCompilesWithAWarningAtUnique() {
    JavaFileObject source =
        source(
            "test.Person",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "@Table",
            "public class Person {",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  @Column(",
            "      unique = true)", // 9
            "  String email;",
            "}");

    assertOnlyWarning(source, 9, Diagnostic.UNBOUNDED_UNIQUE_TEXT.format("email"));
  }

  @Test
  void floatingPointKeyCompilesWithAWarningAtPrimaryKey() {
    JavaFileObject source =
        source(
            "test.Reading",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "@Table",
            "public class Reading {",
            "  @Column(",
            "      primaryKey = true)", // 7
            "  Double at;",
            "}");

    assertOnlyWarning(source, 7, Diagnostic.FLOATING_POINT_KEY.format("at", "java.lang.Double"));
  }

  @Test
  void nullablePrimitiveCompilesWithAWarningAtNullable() {
    JavaFileObject source =
        source(
            "test.Person",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "@Table",
            "public class Person {",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  @Column(",
            "      nullable = true)", // 9
            "  int age;",
            "}");

    assertOnlyWarning(source, 9, Diagnostic.NULLABLE_PRIMITIVE.format("age", "int", "Integer"));
  }

  @Test
  void eachWarningIsSuppressedByItsIdOnTheField() {
    JavaFileObject source =
        source(
            "test.Reading",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "@Table",
            "public class Reading {",
            "  @SuppressWarnings(\"KILN-102\")",
            "  @Column(primaryKey = true)",
            "  double at;",
            "  @SuppressWarnings(\"KILN-101\")",
            "  @Column(unique = true)",
            "  String sensor;",
            "  @SuppressWarnings(\"KILN-103\")",
            "  @Column(nullable = true)",
            "  int level;",
            "}");

    assertCompiledWithoutWarnings(source);
  }

  @Test
  void kilnOnTheModelSuppressesEveryWarning() {
    JavaFileObject source =
        source(
            "test.Reading",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "@Table",
            "@SuppressWarnings(\"kiln\")",
            "public class Reading {",
            "  @Column(primaryKey = true)",
            "  double at;",
            "  @Column(unique = true)",
            "  String sensor;",
            "  @Column(nullable = true)",
            "  int level;",
            "}");

    assertCompiledWithoutWarnings(source);
  }

  @Test
  void suppressingAnotherIdKeepsTheWarning() {
    JavaFileObject source =
        source(
            "test.Person",
            "package test;",
            "import dev.kiln.annotation.Column;",
            "import dev.kiln.annotation.Table;",
            "@Table",
            "@SuppressWarnings(\"KILN-103\")",
            "public class Person {",
            "  @Column(primaryKey = true)",
            "  Integer id;",
            "  @SuppressWarnings(\"KILN-102\")",
            "  @Column(",
            "      unique = true)", // 11
            "  String email;",
            "}");

    assertOnlyWarning(source, 11, Diagnostic.UNBOUNDED_UNIQUE_TEXT.format("email"));
  }

  /** Asserts the source failed with exactly one error, the given message on the given line. */
  static void assertOnlyError(JavaFileObject source, long line, String message) {
    assertOnlyErrorIn(source, line, message, source);
  }

  /** Asserts the sources failed with exactly one error, the given message on the given line of {@code file}. */
  static void assertOnlyErrorIn(JavaFileObject file, long line, String message, JavaFileObject... sources) {
    Compilation compilation = compileRejected(sources);
    assertThat(compilation).hadErrorContaining(message).inFile(file).onLine(line);
    assertThat(compilation.errors().get(0).getMessage(Locale.ROOT)).isEqualTo(message);
  }

  /**
   * {@link #assertOnlyError} for an error on a record or in one. ECJ's Messager places nothing in a
   * record: it has no case for a record or a record component, and a record's fields have no
   * declaration of their own. So under ECJ the error is asserted without a place.
   */
  static void assertOnlyErrorInRecord(JavaFileObject source, long line, String message) {
    if (ECJ) {
      assertOnlyErrorWithoutPlace(source, message);
    } else {
      assertOnlyError(source, line, message);
    }
  }

  /** Asserts the source failed with exactly one error, the given message, in no file. */
  private static void assertOnlyErrorWithoutPlace(JavaFileObject source, String message) {
    Compilation compilation = compileRejected(source);
    assertThat(compilation).hadErrorContaining(message);
    // Once the compiler places it, this fails: assert the line instead.
    assertThat(compilation.errors().get(0).getSource()).isNull();
  }

  /**
   * Compiles the sources and asserts they failed with exactly one error and Kiln's processors wrote
   * nothing but placeholders.
   */
  private static Compilation compileRejected(JavaFileObject... sources) {
    FileRecorder files = new FileRecorder();
    Compilation compilation = compile(files.kilnProcessors(), sources);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertOnlyPlaceholders(files);
    return compilation;
  }

  /** Asserts every file the processors created is a placeholder of a class of a model with errors. */
  private static void assertOnlyPlaceholders(FileRecorder files) {
    for (String name : files.names()) {
      assertThat(files.source(name)).contains(PLACEHOLDER);
    }
  }

  /**
   * Asserts the source failed with the compiler's own errors, all on the line, and none from Kiln,
   * which neither crashed nor wrote a file.
   */
  private static void assertOnlyCompilerErrors(JavaFileObject source, long line) {
    FileRecorder files = new FileRecorder();
    Compilation compilation = compile(files.kilnProcessors(), source);
    assertThat(compilation).failed();
    for (javax.tools.Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
      assertThat(error.getMessage(Locale.ROOT)).doesNotContain("[KILN-");
      assertThat(error.getLineNumber()).isEqualTo(line);
    }
    assertThat(files.names()).isEmpty();
  }

  /**
   * The line a diagnostic on one of several repeated annotations lands on. javac cannot place it on
   * the annotation: it looks for it among the class's own annotations, where it finds only their
   * implicit container, and falls back to the class. ECJ places it on the value.
   */
  private static long repeatedAnnotationLine(long valueLine, long classLine) {
    return ECJ ? valueLine : classLine;
  }

  /** Asserts the source compiled, its model generated, with exactly one warning: the message on the line. */
  private static void assertOnlyWarning(JavaFileObject source, long line, String message) {
    Compilation compilation = compileAccepted(source);
    assertThat(warnings(compilation)).hasSize(1);
    assertThat(compilation).hadWarningContaining(message).inFile(source).onLine(line);
  }

  /** Asserts the source compiled, its model generated, without a warning. */
  private static void assertCompiledWithoutWarnings(JavaFileObject source) {
    assertThat(warnings(compileAccepted(source))).isEmpty();
  }

  private static Compilation compileAccepted(JavaFileObject source) {
    FileRecorder files = new FileRecorder();
    Compilation compilation = compile(files.kilnProcessors(), source);
    assertThat(compilation).succeeded();
    assertThat(files.names()).isNotEmpty();
    return compilation;
  }

  /**
   * The compilation's warnings, but ECJ's that {@code @SuppressWarnings} names a token it does not
   * know, as Kiln's are: ECJ warns about every such token (javac does not).
   */
  private static List<String> warnings(Compilation compilation) {
    return compilation.warnings().stream()
        .map(warning -> warning.getMessage(Locale.ROOT))
        .filter(message -> !(ECJ && message.startsWith("Unsupported @SuppressWarnings(")))
        .toList();
  }
}
