package dev.kiln.processor.check;

import dev.kiln.annotation.Column;
import dev.kiln.processor.model.GeneratedNames;
import dev.kiln.processor.model.Names;
import dev.kiln.processor.model.ValueKind;
import dev.kiln.processor.read.Explicit;
import dev.kiln.processor.read.RawColumn;
import dev.kiln.processor.read.RawConstraint;
import dev.kiln.processor.read.RawConverter;
import dev.kiln.processor.read.RawModel;
import dev.kiln.processor.read.RawProjection;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.Name;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/**
 * Checks a {@link RawModel} against every rule, reporting each broken rule once, on the element
 * (and annotation value) at fault. A model with any error is not generated: its classes get only
 * placeholders.
 */
public final class ModelChecker {
  /** PostgreSQL truncates longer identifiers, in bytes. */
  static final int MAX_IDENTIFIER_BYTES = 63;
  private static final int MAX_PRECISION = 1000;

  private final Reporter reporter;
  private final RelationChecker relations;

  public ModelChecker(Reporter reporter) {
    this.reporter = reporter;
    this.relations = new RelationChecker(reporter);
  }

  /** Whether the model broke no rule. */
  public boolean check(RawModel model) {
    int errorsBefore = reporter.errorCount();
    if (checkShape(model)) {
      // Conventional constraint names start with the table's: a bad table name is reported alone.
      boolean tableNameValid = checkTableName(model);
      boolean columnsValid = checkColumns(model);
      if (tableNameValid && columnsValid) {
        checkConstraints(model);
        checkProjections(model);
      }
    }
    return reporter.errorCount() == errorsBefore;
  }

  /** The type itself; false if it is so wrong that its columns are not worth checking. */
  private boolean checkShape(RawModel model) {
    TypeElement type = model.type();
    String name = type.getSimpleName().toString();
    if (type.getKind() != ElementKind.CLASS && type.getKind() != ElementKind.RECORD) {
      error(model, Diagnostic.NOT_A_CLASS, kindName(type), name);
      return false;
    }
    if (type.getNestingKind() == NestingKind.LOCAL
        || type.getNestingKind() == NestingKind.ANONYMOUS
        || (type.getNestingKind() == NestingKind.MEMBER && !type.getModifiers().contains(Modifier.STATIC))) {
      error(model, Diagnostic.NOT_STATIC, name);
      return false;
    }
    // The generated classes are top-level: the model and every class around it must be visible.
    Deque<String> simpleNames = new ArrayDeque<>();
    Element privateType = null;
    for (Element enclosing = type; enclosing instanceof TypeElement; enclosing = enclosing.getEnclosingElement()) {
      simpleNames.addFirst(enclosing.getSimpleName().toString());
      if (privateType == null && enclosing.getModifiers().contains(Modifier.PRIVATE)) {
        privateType = enclosing;
      }
    }
    if (privateType != null) {
      Name privateName = privateType.getSimpleName();
      String generatedName = GeneratedNames.generatedClass(List.copyOf(simpleNames), GeneratedNames.TABLE_SUFFIX);
      error(model, Diagnostic.PRIVATE_MODEL, privateName, generatedName, name, privateName);
      return false;
    }
    if (type.getModifiers().contains(Modifier.ABSTRACT)) {
      error(model, Diagnostic.ABSTRACT_MODEL, name);
      return false;
    }
    if (!type.getTypeParameters().isEmpty()) {
      error(model, Diagnostic.GENERIC_MODEL, name);
      return false;
    }
    if (!model.record() && !model.noArgConstructor() && model.allColumnsConstructor() == null) {
      error(model, Diagnostic.NO_CONSTRUCTOR, name, columnList(model));
      return false;
    }
    return true;
  }

  /** The table's name, written or conventional: a class name can be too long for a table too. */
  private boolean checkTableName(RawModel model) {
    return checkName(model.type(), model.annotation(), model.name().source(), model.name().value(),
        Names.snakeCase(model.type().getSimpleName().toString()), hint(model.name(), "@Table(name = \"...\")"));
  }

  /** Every field; false if any was wrong, so that constraints naming fields are not judged. */
  private boolean checkColumns(RawModel model) {
    int errorsBefore = reporter.errorCount();
    Map<String, RawColumn> byName = new HashMap<>();
    // A key marked on a field rejected for another reason (its type, static) is still the key the
    // user meant: that field's error is the one to fix, not a missing key.
    boolean keyMarked = false;
    long keyParts = model.storedColumns().stream().filter(column -> column.primaryKey().value()).count();
    RawColumn version = null;
    for (RawColumn column : model.columns()) {
      keyMarked |= column.primaryKey().value();
      if (column.excluded()) {
        checkExcluded(column);
        continue;
      }
      if (column.isVersion()) {
        boolean versionValid = checkVersion(column, version);
        version = version == null ? column : version;
        if (!versionValid) {
          continue;
        }
      }
      if (column.relation() != null) {
        if (!relations.check(model, column)) {
          continue;
        }
        if (column.isCollection()) {
          checkAccess(model, column);
          continue;
        }
      }
      if (!checkType(model, column)) {
        continue;
      }
      checkLength(column);
      checkPrecision(column);
      checkColumnName(column, byName);
      if (column.primaryKey().value()) {
        checkKeyPart(column);
      } else if (column.nullable().isWritten() && column.nullable().value() && column.isPrimitive()) {
        reportAt(column, column.nullable().source(), Diagnostic.NULLABLE_PRIMITIVE,
            column.property(), column.type(), boxName(column));
      }
      if (column.unique().value() && column.storedKind() == ValueKind.STRING && column.length().value() == 0) {
        reportAt(column, column.unique().source(), Diagnostic.UNBOUNDED_UNIQUE_TEXT, column.property());
      }
      checkDefault(column, keyParts == 1);
      checkAccess(model, column);
    }
    if (!keyMarked) {
      error(model, Diagnostic.NO_PRIMARY_KEY, model.type().getSimpleName());
    }
    return reporter.errorCount() == errorsBefore;
  }

  /** A field kept out of the table: neither {@code @Column} nor {@code @Version} applies to it. */
  private void checkExcluded(RawColumn column) {
    String reason =
        column.element().getModifiers().contains(Modifier.STATIC)
            ? "static"
            : column.element().getModifiers().contains(Modifier.TRANSIENT) ? "transient" : "@Transient";
    if (column.annotation() != null) {
      reportAt(column, null, Diagnostic.EXCLUDED_COLUMN, column.property(), reason, reason);
    }
    if (column.isVersion()) {
      report(column, column.version(), null, Diagnostic.EXCLUDED_VERSION, column.property(), reason, reason);
    }
  }

  /**
   * A {@code @Version} field: the model's only one, an integer Kiln alone sets (a new row's as the
   * object holds it, or 0 for null; one more on every update). {@code earlier} is the model's first
   * {@code @Version}, or null if this is it. False if the field is wrong, so that its other checks
   * are not worth making.
   */
  private boolean checkVersion(RawColumn column, RawColumn earlier) {
    String property = column.property();
    if (earlier != null) {
      report(column, column.version(), null, Diagnostic.DUPLICATE_VERSION,
          property, earlier.property(), earlier.declaringType().getSimpleName());
      return false;
    }
    String stored = "the version is stored and compared as the number it is";
    if (column.converter() != null) {
      report(column, column.converter().annotation(), null, Diagnostic.VERSION_CONFLICT,
          property, "@Convert", stored, "@Convert");
      return false;
    }
    if (column.enumerated() != null) {
      report(column, column.enumerated(), null, Diagnostic.VERSION_CONFLICT,
          property, "@Enumerated", stored, "@Enumerated");
      return false;
    }
    if (column.kind() != ValueKind.INTEGER && column.kind() != ValueKind.LONG) {
      report(column, column.version(), null, Diagnostic.VERSION_TYPE, property, column.type());
      return false;
    }
    Explicit<?> attribute = null;
    String written = null;
    String reason = null;
    if (column.primaryKey().value()) {
      attribute = column.primaryKey();
      written = "primaryKey = true";
      reason = "a key must never change, and a version changes on every update";
    } else if (column.unique().value()) {
      attribute = column.unique();
      written = "unique = true";
      reason = "every row counts its own updates from the same start, so rows share versions";
    } else if (column.nullable().isWritten() && column.nullable().value()) {
      attribute = column.nullable();
      written = "nullable = true";
      reason = "a version is never null: a new row's null version is stored as 0";
    } else if (column.defaultSql().isWritten()) {
      attribute = column.defaultSql();
      written = "defaultSql";
      reason = "a new row's null version is stored as 0, the default Kiln gives its column";
    }
    if (attribute != null) {
      reportAt(column, attribute.source(), Diagnostic.VERSION_CONFLICT, property, written, reason, written);
      return false;
    }
    return true;
  }

  /** The field's type, or its converter; false if the column cannot be stored at all. */
  private boolean checkType(RawModel model, RawColumn column) {
    RawConverter converter = column.converter();
    if (column.enumerated() != null && (column.kind() != ValueKind.ENUM || converter != null)) {
      report(column, column.enumerated(), null, Diagnostic.ENUMERATED_NOT_ENUM, column.property(), column.type());
      return false;
    }
    if (converter == null) {
      if (column.kind() == null) {
        error(column, Diagnostic.UNSUPPORTED_TYPE, column.property(), column.type(), ValueKind.supportedTypes());
        return false;
      }
      return true;
    }
    String converterName = converter.converter().getQualifiedName().toString();
    Diagnostic problem = null;
    Object[] arguments = null;
    if (!converter.instantiable()) {
      problem = Diagnostic.CONVERTER_NOT_INSTANTIABLE;
      arguments = new Object[] {packageOf(model), converterName};
    } else if (!converter.fieldTypeMatches()) {
      problem = Diagnostic.CONVERTER_WRONG_TYPE;
      arguments = new Object[] {converterName, converter.fieldType(), column.property(), column.type(), column.type()};
    } else if (converter.storedKind() == null) {
      problem = Diagnostic.CONVERTER_UNSTORABLE;
      arguments = new Object[] {converterName, converter.storedType()};
    }
    if (problem != null) {
      report(column, converter.annotation(), converter.value(), problem, arguments);
      return false;
    }
    return true;
  }

  private void checkLength(RawColumn column) {
    if (!column.length().isWritten()) {
      return;
    }
    if (column.storedKind() != ValueKind.STRING) {
      reportAt(column, column.length().source(), Diagnostic.LENGTH_NOT_STRING, column.property(), column.type());
    } else if (column.length().value() <= 0) {
      reportAt(column, column.length().source(), Diagnostic.LENGTH_NOT_POSITIVE, column.property(), column.length().value());
    }
  }

  private void checkPrecision(RawColumn column) {
    boolean precisionWritten = column.precision().isWritten();
    boolean scaleWritten = column.scale().isWritten();
    if (!precisionWritten && !scaleWritten) {
      return;
    }
    if (!column.storedKind().hasPrecision()) {
      AnnotationValue at = precisionWritten ? column.precision().source() : column.scale().source();
      reportAt(column, at, Diagnostic.PRECISION_NOT_NUMBER, column.property(), column.type());
      return;
    }
    int precision = column.precision().value();
    if (precisionWritten && (precision < 1 || precision > MAX_PRECISION)) {
      reportAt(column, column.precision().source(), Diagnostic.PRECISION_OUT_OF_RANGE, column.property(), precision);
      return;
    }
    int scale = column.scale().value();
    AnnotationValue scaleAt = column.scale().source();
    if (scale != 0 && column.storedKind() == ValueKind.BIG_INTEGER) {
      reportAt(column, scaleAt, Diagnostic.SCALE_ON_BIG_INTEGER, column.property());
    } else if (scale != 0 && !precisionWritten) {
      reportAt(column, scaleAt, Diagnostic.SCALE_WITHOUT_PRECISION, column.property());
    } else if (scale < 0 || scale > precision) {
      reportAt(column, scaleAt, Diagnostic.SCALE_OUT_OF_RANGE, column.property(), scale, precision);
    }
  }

  /** Each of the field's column names (a composite reference has several): usable, and not taken. */
  private void checkColumnName(RawColumn column, Map<String, RawColumn> byName) {
    List<String> names = column.columnNames();
    if (!column.name().value().isEmpty() && column.name().value().isBlank()) {
      checkName(declaration(column), column.annotation(), column.name().source(),
          column.name().value(), column.defaultColumnNames().get(0), "");
      return;
    }
    for (String name : names) {
      if (!checkName(declaration(column), column.annotation(), column.name().source(),
          "", name, hint(column.name(), "@Column(name = \"...\")"))) {
        return;
      }
    }
    for (String name : names) {
      RawColumn earlier = byName.putIfAbsent(name, column);
      if (earlier != null) {
        reportAt(column, column.name().source(), Diagnostic.DUPLICATE_COLUMN, name, column.property(), earlier.property());
        return;
      }
    }
  }

  private void checkKeyPart(RawColumn column) {
    if (column.nullable().isWritten() && column.nullable().value()) {
      reportAt(column, column.nullable().source(), Diagnostic.NULLABLE_PRIMARY_KEY, column.property());
    } else if (!column.storedKind().canBeKey()) {
      error(column, Diagnostic.UNSUPPORTED_KEY_TYPE, column.property(), column.type());
    } else if (column.storedKind().isFloatingPoint()) {
      reportAt(column, column.primaryKey().source(), Diagnostic.FLOATING_POINT_KEY, column.property(), column.type());
    }
  }

  private void checkDefault(RawColumn column, boolean singleKey) {
    if (!column.defaultSql().isWritten()) {
      return;
    }
    String sql = column.defaultSql().value();
    AnnotationValue at = column.defaultSql().source();
    boolean generatedKey = singleKey && column.primaryKey().value() && column.kind() != null
        && column.kind().canBeGeneratedKey() && column.converter() == null;
    if (sql.isBlank()) {
      reportAt(column, at, Diagnostic.BLANK_DEFAULT, column.property());
    } else if (generatedKey) {
      reportAt(column, at, Diagnostic.DEFAULT_ON_GENERATED_KEY, column.property());
    } else if (column.isPrimitive()) {
      reportAt(column, at, Diagnostic.DEFAULT_ON_PRIMITIVE, column.property(), column.type(), boxName(column));
    } else if (sql.equals(Column.NOW) && !column.storedKind().isTemporal()) {
      reportAt(column, at, Diagnostic.NOW_NOT_TEMPORAL, column.property(), column.type());
    }
  }

  private void checkAccess(RawModel model, RawColumn column) {
    if (model.record()) {
      return;
    }
    String property = Names.capitalize(column.property());
    boolean missingGetter = column.privateField() && column.getter() == null;
    // An immutable model is built through its constructor: its fields need no setters. Nor does a
    // final relationship field: generated code changes its holder, never the field.
    boolean missingSetter = column.privateField() && column.setter() == null && !model.immutable()
        && !(column.relation() != null && column.finalField());
    if (!column.privateField() && !column.visible()) {
      error(column, Diagnostic.INACCESSIBLE_FIELD,
          column.property(), column.declaringType().getSimpleName(), packageOf(model));
    } else if (missingGetter && missingSetter) {
      // Both at once, so that one fix cycle settles the field.
      error(column, Diagnostic.NO_ACCESSORS,
          column.property(), column.type(), "get" + property, "set" + property, column.type());
    } else if (missingGetter) {
      error(column, Diagnostic.NO_GETTER, column.property(), "get" + property);
    } else if (missingSetter) {
      error(column, Diagnostic.NO_SETTER, column.property(), "set" + property, column.type(), model.type().getSimpleName());
    } else if (model.immutable() && model.allColumnsConstructor() == null && column.finalField()) {
      error(column, Diagnostic.FINAL_FIELD, column.property(), columnList(model));
    }
  }

  /** Indexes, unique constraints and checks: the fields they name, and every name in the table. */
  private void checkConstraints(RawModel model) {
    Set<String> names = new HashSet<>();
    String primaryKey = model.tableName() + "_pkey";
    // A table name too long in itself was reported already.
    if (fits(model.tableName())) {
      checkName(model.type(), model.annotation(), model.name().source(), "", primaryKey,
          ", the name of the primary key constraint: give the table a shorter name");
    }
    names.add(primaryKey);
    for (RawColumn column : model.storedColumns()) {
      if (column.unique().value()) {
        String unique = model.constraintName(List.of(column.property()), "key");
        checkName(declaration(column), column.annotation(), column.unique().source(), "", unique,
            ", for example with @Unique(columns = \"" + column.property() + "\", name = \"...\") instead");
        names.add(unique);
      }
      if (column.index().value()) {
        String index = model.constraintName(List.of(column.property()), "idx");
        checkName(declaration(column), column.annotation(), column.index().source(), "", index,
            ", for example with @Index(columns = \"" + column.property() + "\", name = \"...\") instead");
        names.add(index);
      }
    }
    for (RawConstraint unique : model.uniques()) {
      if (checkFields(model, unique, "Unique")) {
        checkConstraintName(model, unique, model.constraintName(unique.columns().value(), "key"), names);
      }
    }
    for (RawConstraint index : model.indexes()) {
      if (checkFields(model, index, "Index")) {
        checkConstraintName(model, index, model.constraintName(index.columns().value(), "idx"), names);
      }
    }
    for (RawConstraint check : model.checks()) {
      if (check.condition().value().isBlank()) {
        reporter.report(model.type(), check.annotation(), check.condition().source(),
            Diagnostic.BLANK_CHECK, check.name().value());
      } else {
        checkConstraintName(model, check, null, names);
      }
    }
  }

  private boolean checkFields(RawModel model, RawConstraint constraint, String annotation) {
    List<String> fields = constraint.columns().value();
    AnnotationValue at = constraint.columns().source();
    if (fields.isEmpty()) {
      reporter.report(model.type(), constraint.annotation(), at, Diagnostic.NO_FIELDS,
          annotation, model.type().getSimpleName());
      return false;
    }
    Set<String> seen = new HashSet<>();
    for (String field : fields) {
      if (model.storedColumn(field) == null) {
        reporter.report(model.type(), constraint.annotation(), at, Diagnostic.UNKNOWN_FIELD,
            annotation, field, model.type().getSimpleName(),
            String.join(", ", model.storedColumns().stream().map(RawColumn::property).toList()));
        return false;
      }
      if (!seen.add(field)) {
        reporter.report(model.type(), constraint.annotation(), at, Diagnostic.REPEATED_FIELD, annotation, field);
        return false;
      }
    }
    return true;
  }

  /** Each {@code @Projection}: a record whose components match stored fields by name and type. */
  private void checkProjections(RawModel model) {
    Name modelName = model.type().getSimpleName();
    for (RawProjection projection : model.projections()) {
      Name name = projection.type().getSimpleName();
      if (!projection.record() || projection.components().isEmpty()) {
        reporter.report(projection.type(), null, null, Diagnostic.PROJECTION_NOT_RECORD, name, modelName);
        continue;
      }
      for (RawProjection.Component component : projection.components()) {
        Element at = declaration(component.element());
        if (component.field() == null) {
          reporter.report(at, null, null, Diagnostic.PROJECTION_UNKNOWN_FIELD, component.name(), name, modelName,
              String.join(", ", model.storedColumns().stream().map(RawColumn::property).toList()));
        } else if (!component.typeMatches()) {
          reporter.report(at, null, null, Diagnostic.PROJECTION_TYPE_MISMATCH, component.name(), name,
              component.type(), component.field().property(), modelName, component.field().type());
        }
      }
    }
  }

  /** A constraint's written or conventional name: not blank, not too long, not taken. */
  private void checkConstraintName(RawModel model, RawConstraint constraint, String conventional, Set<String> names) {
    String written = constraint.name().value();
    AnnotationValue at = constraint.name().source();
    if (!checkName(model.type(), constraint.annotation(), at, written, conventional, hint(constraint.name(), "name = \"...\""))) {
      return;
    }
    String name = written.isEmpty() ? conventional : written;
    if (!names.add(name)) {
      reporter.report(model.type(), constraint.annotation(), at, Diagnostic.DUPLICATE_CONSTRAINT_NAME,
          model.tableName(), name);
    }
  }

  /**
   * A table, column or constraint name: a written one must not be blank, and the one in effect
   * must fit PostgreSQL's identifier length. False if either is wrong.
   */
  private boolean checkName(
      Element element, AnnotationMirror annotation, AnnotationValue at, String written, String fallback, String hint) {
    if (!written.isEmpty() && written.isBlank()) {
      reporter.report(element, annotation, at, Diagnostic.BLANK_NAME, written, fallback);
      return false;
    }
    String name = written.isEmpty() ? fallback : written;
    if (name != null && !fits(name)) {
      reporter.report(element, annotation, at, Diagnostic.NAME_TOO_LONG, name, bytes(name), hint);
      return false;
    }
    return true;
  }

  private static boolean fits(String identifier) {
    return bytes(identifier) <= MAX_IDENTIFIER_BYTES;
  }

  private static int bytes(String identifier) {
    return identifier.getBytes(StandardCharsets.UTF_8).length;
  }

  /** How to give a conventional name another: none for a written name, which the user just shortens. */
  private static String hint(Explicit<String> name, String attribute) {
    return name.isWritten() ? "" : ", for example with " + attribute;
  }

  private static String columnList(RawModel model) {
    return "(" + String.join(", ", model.storedColumns().stream().map(RawColumn::property).toList()) + ")";
  }

  private static String boxName(RawColumn column) {
    return switch (column.type().getKind()) {
      case INT -> "Integer";
      case CHAR -> "Character";
      default -> Names.capitalize(column.type().toString());
    };
  }

  /** The model's package, where generated code lives; not its toString(), which ECJ prefixes with "package ". */
  private static String packageOf(RawModel model) {
    Element element = model.type();
    while (element.getKind() != ElementKind.PACKAGE) {
      element = element.getEnclosingElement();
    }
    return ((PackageElement) element).getQualifiedName().toString();
  }

  private static String kindName(TypeElement type) {
    return switch (type.getKind()) {
      case INTERFACE -> "the interface";
      case ENUM -> "the enum";
      case ANNOTATION_TYPE -> "the annotation";
      default -> "the type";
    };
  }

  /** An error on the model's declaration. */
  private void error(RawModel model, Diagnostic diagnostic, Object... arguments) {
    reporter.report(model.type(), null, null, diagnostic, arguments);
  }

  /** An error on the field's declaration. */
  private void error(RawColumn column, Diagnostic diagnostic, Object... arguments) {
    reporter.report(declaration(column), null, null, diagnostic, arguments);
  }

  /** A diagnostic on the value written in the column's {@code @Column}, or on the annotation when null. */
  private void reportAt(RawColumn column, AnnotationValue value, Diagnostic diagnostic, Object... arguments) {
    reporter.report(declaration(column), column.annotation(), value, diagnostic, arguments);
  }

  /** A diagnostic on the field, at another of its annotations. */
  private void report(RawColumn column, AnnotationMirror annotation, AnnotationValue value, Diagnostic diagnostic, Object... arguments) {
    reporter.report(declaration(column), annotation, value, diagnostic, arguments);
  }

  /**
   * Where a column's diagnostics attach: its field. javac cannot place a diagnostic on a record
   * component (it would have no file and no line), so a component's go on the record's field of
   * the same name, which carries the same annotations.
   */
  static Element declaration(RawColumn column) {
    return declaration(column.element());
  }

  private static Element declaration(Element element) {
    if (element.getKind() == ElementKind.RECORD_COMPONENT) {
      for (VariableElement field : ElementFilter.fieldsIn(element.getEnclosingElement().getEnclosedElements())) {
        if (field.getSimpleName().contentEquals(element.getSimpleName())) {
          return field;
        }
      }
    }
    return element;
  }
}
