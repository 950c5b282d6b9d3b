package dev.kiln.processor.read;

import dev.kiln.processor.model.Names;
import dev.kiln.processor.model.ValueKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Reads a {@code @Table} type into a {@link RawModel}. Annotations are read by name, as mirrors,
 * never as {@code Class} objects. Reading never fails: every judgement is left to the checker.
 */
public final class ModelReader {
  public static final String TABLE_ANNOTATION = "dev.kiln.annotation.Table";
  public static final String COLUMN_ANNOTATION = "dev.kiln.annotation.Column";

  private final Types types;

  public ModelReader(Types types) {
    this.types = types;
  }

  public RawModel read(TypeElement type) {
    AnnotationMirror table = annotation(type, TABLE_ANNOTATION);
    boolean record = type.getKind() == ElementKind.RECORD;
    List<RawColumn> columns = new ArrayList<>();
    if (record) {
      for (RecordComponentElement component : type.getRecordComponents()) {
        columns.add(readComponent(component));
      }
    } else {
      for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
        columns.add(readField(type, field));
      }
    }
    return new RawModel(type, table, stringValue(table, "name"), record, columns);
  }

  private RawColumn readComponent(RecordComponentElement component) {
    AnnotationMirror column = annotation(component, COLUMN_ANNOTATION);
    return rawColumn(
        component, column, false, false, false, component.getAccessor().getSimpleName().toString(), null);
  }

  private RawColumn readField(TypeElement owner, VariableElement field) {
    AnnotationMirror column = annotation(field, COLUMN_ANNOTATION);
    boolean privateField = field.getModifiers().contains(Modifier.PRIVATE);
    boolean excluded =
        field.getModifiers().contains(Modifier.STATIC) || field.getModifiers().contains(Modifier.TRANSIENT);
    String getter = privateField ? findGetter(owner, field) : null;
    String setter = privateField ? findSetter(owner, field) : null;
    return rawColumn(
        field,
        column,
        privateField,
        field.getModifiers().contains(Modifier.FINAL),
        excluded,
        getter,
        setter);
  }

  private RawColumn rawColumn(
      Element element,
      AnnotationMirror column,
      boolean privateField,
      boolean finalField,
      boolean excluded,
      String getter,
      String setter) {
    TypeMirror type = element.asType();
    return new RawColumn(
        element,
        column,
        element.getSimpleName().toString(),
        type,
        kindOf(type),
        stringValue(column, "name"),
        booleanValue(column, "primaryKey", false),
        booleanValue(column, "unique", false),
        booleanValue(column, "nullable", true),
        intValue(column, "length", 0),
        privateField,
        finalField,
        excluded,
        getter,
        setter);
  }

  private ValueKind kindOf(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      return ValueKind.forPrimitive(type.toString());
    }
    if (type.getKind() == TypeKind.ARRAY) {
      TypeMirror component = ((ArrayType) type).getComponentType();
      return component.getKind() == TypeKind.BYTE ? ValueKind.BYTES : null;
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return null;
    }
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    if (element.getKind() == ElementKind.ENUM) {
      return ValueKind.ENUM;
    }
    return ValueKind.forTypeName(element.getQualifiedName().toString());
  }

  /** {@code getX()} or, for a boolean, {@code isX()}: not private, not static, returning the field's type. */
  private String findGetter(TypeElement owner, VariableElement field) {
    String suffix = Names.capitalize(field.getSimpleName().toString());
    for (ExecutableElement method : ElementFilter.methodsIn(owner.getEnclosedElements())) {
      String name = method.getSimpleName().toString();
      boolean named =
          name.equals("get" + suffix)
              || (name.equals("is" + suffix) && isBoolean(field.asType()));
      if (named
          && method.getParameters().isEmpty()
          && usable(method)
          && types.isSameType(method.getReturnType(), field.asType())) {
        return name;
      }
    }
    return null;
  }

  /** {@code setX(value)}: not private, not static, taking the field's type. */
  private String findSetter(TypeElement owner, VariableElement field) {
    String name = "set" + Names.capitalize(field.getSimpleName().toString());
    for (ExecutableElement method : ElementFilter.methodsIn(owner.getEnclosedElements())) {
      if (method.getSimpleName().contentEquals(name)
          && method.getParameters().size() == 1
          && usable(method)
          && types.isSameType(method.getParameters().get(0).asType(), field.asType())) {
        return name;
      }
    }
    return null;
  }

  private static boolean usable(ExecutableElement method) {
    return !method.getModifiers().contains(Modifier.PRIVATE)
        && !method.getModifiers().contains(Modifier.STATIC);
  }

  private static boolean isBoolean(TypeMirror type) {
    return type.getKind() == TypeKind.BOOLEAN || type.toString().equals("java.lang.Boolean");
  }

  private static AnnotationMirror annotation(Element element, String name) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(name)) {
        return mirror;
      }
    }
    return null;
  }

  private Explicit<String> stringValue(AnnotationMirror mirror, String attribute) {
    AnnotationValue value = explicitValue(mirror, attribute);
    return new Explicit<>(value == null ? "" : (String) value.getValue(), value);
  }

  private Explicit<Boolean> booleanValue(AnnotationMirror mirror, String attribute, boolean fallback) {
    AnnotationValue value = explicitValue(mirror, attribute);
    return new Explicit<>(value == null ? fallback : (Boolean) value.getValue(), value);
  }

  private Explicit<Integer> intValue(AnnotationMirror mirror, String attribute, int fallback) {
    AnnotationValue value = explicitValue(mirror, attribute);
    return new Explicit<>(value == null ? fallback : (Integer) value.getValue(), value);
  }

  /** The value the user wrote for the attribute, or null if it was left at its default. */
  private static AnnotationValue explicitValue(AnnotationMirror mirror, String attribute) {
    if (mirror == null) {
      return null;
    }
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(attribute)) {
        return entry.getValue();
      }
    }
    return null;
  }
}
