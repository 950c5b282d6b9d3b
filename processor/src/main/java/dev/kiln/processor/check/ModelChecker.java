package dev.kiln.processor.check;

import dev.kiln.processor.model.GeneratedNames;
import dev.kiln.processor.model.Names;
import dev.kiln.processor.model.ValueKind;
import dev.kiln.processor.read.RawColumn;
import dev.kiln.processor.read.RawModel;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.Name;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/**
 * Checks a {@link RawModel} against every rule, reporting each broken rule once, on the element
 * (and annotation value) at fault. A model with any error is not generated.
 */
public final class ModelChecker {
  private final Reporter reporter;

  public ModelChecker(Reporter reporter) {
    this.reporter = reporter;
  }

  /** Whether the model broke no rule. */
  public boolean check(RawModel model) {
    int errorsBefore = reporter.errorCount();
    if (checkShape(model)) {
      checkColumns(model);
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
    if (!model.record() && !hasUsableNoArgConstructor(type)) {
      error(model, Diagnostic.NO_CONSTRUCTOR, name);
      return false;
    }
    if (model.name().isWritten() && !model.name().value().isEmpty() && model.name().value().isBlank()) {
      reporter.error(
          type, model.annotation(), model.name().source(), Diagnostic.BLANK_NAME,
          model.name().value(), Names.snakeCase(name));
    }
    return true;
  }

  private void checkColumns(RawModel model) {
    Map<String, RawColumn> byName = new HashMap<>();
    RawColumn primaryKey = null;
    // A key marked on a field rejected for another reason (its type, static) is still the key the
    // user meant: that field's error is the one to fix, not a missing key.
    boolean keyMarked = false;
    for (RawColumn column : model.columns()) {
      keyMarked |= column.primaryKey().value();
      if (column.excluded()) {
        checkExcluded(column);
        continue;
      }
      if (column.kind() == null) {
        error(column, Diagnostic.UNSUPPORTED_TYPE, column.property(), column.type(), ValueKind.supportedTypes());
        continue;
      }
      checkLength(column);
      checkName(column, byName);
      if (column.primaryKey().value()) {
        if (primaryKey != null) {
          errorAt(
              column, column.primaryKey().source(), Diagnostic.SECOND_PRIMARY_KEY,
              model.type().getSimpleName(), primaryKey.property(), column.property());
        } else {
          primaryKey = column;
          checkPrimaryKey(column);
        }
      }
      if (!model.record()) {
        checkAccess(column);
      }
    }
    if (!keyMarked) {
      error(model, Diagnostic.NO_PRIMARY_KEY, model.type().getSimpleName());
    }
  }

  private void checkExcluded(RawColumn column) {
    if (column.annotation() != null) {
      String modifier = column.element().getModifiers().contains(Modifier.STATIC) ? "static" : "transient";
      errorAt(column, null, Diagnostic.EXCLUDED_COLUMN, column.property(), modifier, modifier);
    }
  }

  private void checkLength(RawColumn column) {
    if (!column.length().isWritten()) {
      return;
    }
    if (column.kind() != ValueKind.STRING) {
      errorAt(
          column, column.length().source(), Diagnostic.LENGTH_NOT_STRING,
          column.property(), column.type());
    } else if (column.length().value() <= 0) {
      errorAt(
          column, column.length().source(), Diagnostic.LENGTH_NOT_POSITIVE,
          column.property(), column.length().value());
    }
  }

  private void checkName(RawColumn column, Map<String, RawColumn> byName) {
    String written = column.name().value();
    if (!written.isEmpty() && written.isBlank()) {
      errorAt(
          column, column.name().source(), Diagnostic.BLANK_NAME,
          written, Names.snakeCase(column.property()));
      return;
    }
    RawColumn earlier = byName.putIfAbsent(column.columnName(), column);
    if (earlier != null) {
      errorAt(
          column, column.name().source(), Diagnostic.DUPLICATE_COLUMN,
          column.columnName(), column.property(), earlier.property());
    }
  }

  private void checkPrimaryKey(RawColumn column) {
    if (column.nullable().isWritten() && column.nullable().value()) {
      errorAt(column, column.nullable().source(), Diagnostic.NULLABLE_PRIMARY_KEY, column.property());
    } else if (column.kind() == ValueKind.BYTES) {
      error(column, Diagnostic.UNSUPPORTED_KEY_TYPE, column.property(), column.type());
    }
  }

  private void checkAccess(RawColumn column) {
    String property = Names.capitalize(column.property());
    if (column.finalField()) {
      error(column, Diagnostic.FINAL_FIELD, column.property());
    } else if (column.privateField() && column.getter() == null) {
      error(column, Diagnostic.NO_GETTER, column.property(), "get" + property);
    } else if (column.privateField() && column.setter() == null) {
      error(column, Diagnostic.NO_SETTER, column.property(), "set" + property, column.type());
    }
  }

  private static boolean hasUsableNoArgConstructor(TypeElement type) {
    for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
      if (constructor.getParameters().isEmpty() && !constructor.getModifiers().contains(Modifier.PRIVATE)) {
        return true;
      }
    }
    return false;
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
    reporter.error(model.type(), null, null, diagnostic, arguments);
  }

  /** An error on the field's declaration. */
  private void error(RawColumn column, Diagnostic diagnostic, Object... arguments) {
    reporter.error(declaration(column), null, null, diagnostic, arguments);
  }

  /** An error on the value written in the column's {@code @Column}, or on the annotation when null. */
  private void errorAt(RawColumn column, AnnotationValue value, Diagnostic diagnostic, Object... arguments) {
    reporter.error(declaration(column), column.annotation(), value, diagnostic, arguments);
  }

  /**
   * Where a column's diagnostics attach: its field. javac cannot place a diagnostic on a record
   * component (it would have no file and no line), so a component's go on the record's field of
   * the same name, which carries the same annotations.
   */
  private static Element declaration(RawColumn column) {
    Element element = column.element();
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
