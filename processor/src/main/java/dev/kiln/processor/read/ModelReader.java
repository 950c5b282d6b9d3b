package dev.kiln.processor.read;

import dev.kiln.processor.model.Names;
import dev.kiln.processor.model.ValueKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads a {@code @Table} type into a {@link RawModel}. Annotations are read by name, as mirrors,
 * never as {@code Class} objects. Reading never fails: every judgement is left to the checker.
 */
public final class ModelReader {
  public static final String TABLE_ANNOTATION = "dev.kiln.annotation.Table";
  public static final String PROJECTION_ANNOTATION = "dev.kiln.annotation.Projection";
  private static final String ANNOTATIONS = "dev.kiln.annotation.";

  private final Elements elements;
  private final Types types;
  private final SameTypes sameTypes;
  private final ConverterReader converterReader;
  private final RelationReader relationReader;

  public ModelReader(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
    this.sameTypes = new SameTypes(types);
    this.converterReader = new ConverterReader(elements, types, sameTypes);
    this.relationReader = new RelationReader(this);
  }

  public RawModel read(TypeElement type) {
    AnnotationMirror table = annotation(type, TABLE_ANNOTATION);
    boolean record = type.getKind() == ElementKind.RECORD;
    List<RawColumn> columns = new ArrayList<>();
    if (record) {
      for (RecordComponentElement component : type.getRecordComponents()) {
        columns.add(readComponent(type, component));
      }
    } else {
      List<ExecutableElement> accessors = accessorCandidates(type);
      for (TypeElement declaring : mappedHierarchy(type)) {
        for (VariableElement field : ElementFilter.fieldsIn(declaring.getEnclosedElements())) {
          columns.add(readField(type, declaring, field, accessors));
        }
      }
    }
    List<ExecutableElement> constructors =
        ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
            .filter(constructor -> !constructor.getModifiers().contains(Modifier.PRIVATE))
            .toList();
    return new RawModel(
        type,
        table,
        stringValue(table, "name"),
        record,
        columns,
        constraints(type, "Index"),
        constraints(type, "Unique"),
        constraints(type, "Check"),
        constructors.stream().anyMatch(constructor -> constructor.getParameters().isEmpty()),
        allColumnsConstructor(constructors, columns),
        projections(type, columns));
  }

  /** The {@code @Projection} types nested in the model, each component matched to a stored field. */
  private List<RawProjection> projections(TypeElement model, List<RawColumn> columns) {
    List<RawProjection> projections = new ArrayList<>();
    for (TypeElement nested : ElementFilter.typesIn(model.getEnclosedElements())) {
      if (annotation(nested, PROJECTION_ANNOTATION) == null) {
        continue;
      }
      List<RawProjection.Component> components = new ArrayList<>();
      for (RecordComponentElement component : nested.getRecordComponents()) {
        RawColumn field =
            columns.stream()
                .filter(column -> !column.excluded() && column.property().contentEquals(component.getSimpleName()))
                .findFirst()
                .orElse(null);
        components.add(
            new RawProjection.Component(
                component,
                component.getSimpleName().toString(),
                component.asType(),
                field,
                field != null && sameTypes.ignoringBoxing(component.asType(), field.type())));
      }
      projections.add(new RawProjection(nested, nested.getKind() == ElementKind.RECORD, components));
    }
    return projections;
  }

  /**
   * The constructor whose parameters are the stored columns, matched by name and type. Parameter
   * names come from the source being compiled, so they are the names the author wrote.
   */
  private ExecutableElement allColumnsConstructor(List<ExecutableElement> constructors, List<RawColumn> columns) {
    List<RawColumn> stored = columns.stream().filter(column -> !column.excluded()).toList();
    for (ExecutableElement constructor : constructors) {
      List<? extends VariableElement> parameters = constructor.getParameters();
      if (!parameters.isEmpty() && parameters.size() == stored.size() && parameters.stream().allMatch(
          parameter -> stored.stream().anyMatch(
              column -> parameter.getSimpleName().contentEquals(column.property())
                  && types.isSameType(parameter.asType(), column.type())))) {
        return constructor;
      }
    }
    return null;
  }

  /** The model's {@code @MappedSuperclass} ancestors, outermost first, then the model itself. */
  Deque<TypeElement> mappedHierarchy(TypeElement type) {
    Deque<TypeElement> hierarchy = new ArrayDeque<>();
    hierarchy.add(type);
    TypeMirror superclass = type.getSuperclass();
    while (superclass.getKind() == TypeKind.DECLARED) {
      TypeElement parent = (TypeElement) ((DeclaredType) superclass).asElement();
      if (annotation(parent, ANNOTATIONS + "MappedSuperclass") == null) {
        break;
      }
      hierarchy.addFirst(parent);
      superclass = parent.getSuperclass();
    }
    return hierarchy;
  }

  private RawColumn readComponent(TypeElement model, RecordComponentElement component) {
    return rawColumn(
        model, model, component, false, false, true, false, component.getAccessor().getSimpleName().toString(), null);
  }

  private RawColumn readField(
      TypeElement model, TypeElement declaring, VariableElement field, List<ExecutableElement> accessors) {
    boolean privateField = field.getModifiers().contains(Modifier.PRIVATE);
    boolean excluded =
        field.getModifiers().contains(Modifier.STATIC)
            || field.getModifiers().contains(Modifier.TRANSIENT)
            || annotation(field, ANNOTATIONS + "Transient") != null;
    String getter = privateField ? findGetter(accessors, field) : null;
    String setter = privateField ? findSetter(accessors, field) : null;
    return rawColumn(
        model,
        declaring,
        field,
        privateField,
        field.getModifiers().contains(Modifier.FINAL),
        visibleFrom(field, model),
        excluded,
        getter,
        setter);
  }

  private RawColumn rawColumn(
      TypeElement model,
      TypeElement declaring,
      Element element,
      boolean privateField,
      boolean finalField,
      boolean visible,
      boolean excluded,
      String getter,
      String setter) {
    AnnotationMirror column = annotation(element, ANNOTATIONS + "Column");
    AnnotationMirror enumerated = annotation(element, ANNOTATIONS + "Enumerated");
    AnnotationMirror convert = annotation(element, ANNOTATIONS + "Convert");
    TypeMirror type = element.asType();
    RawRelation relation = relationReader.read(model, element);
    return new RawColumn(
        element,
        declaring,
        column,
        element.getSimpleName().toString(),
        type,
        relation == null ? kindOf(type) : referenceKind(relation),
        stringValue(column, "name"),
        booleanValue(column, "primaryKey", false),
        booleanValue(column, "unique", false),
        booleanValue(column, "index", false),
        booleanValue(column, "nullable", true),
        intValue(column, "length", 0),
        intValue(column, "precision", 0),
        intValue(column, "scale", 0),
        stringValue(column, "defaultSql"),
        enumerated,
        enumValue(enumerated, "value", "NAME"),
        convert == null ? null : converterReader.read(model, type, convert, explicitValue(convert, "value"), this::kindOf),
        annotation(element, ANNOTATIONS + "Transient"),
        annotation(element, ANNOTATIONS + "Version"),
        privateField,
        finalField,
        visible,
        excluded,
        getter,
        setter,
        relation);
  }

  /**
   * The kind of a reference's (first) column: the target key's, when the field is a {@code ToOne}
   * of a model whose key columns are all of kinds a reference can hold; null otherwise, which the
   * checker explains.
   */
  private static ValueKind referenceKind(RawRelation relation) {
    if (relation.holder() != RawRelation.Kind.MANY_TO_ONE || relation.targetKey().isEmpty()
        || relation.targetKey().stream().anyMatch(part -> part.kind() == null)) {
      return null;
    }
    return relation.targetKey().get(0).kind();
  }

  /** The kind of a type Kiln stores without a converter, or null. */
  ValueKind kindOf(TypeMirror type) {
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

  /**
   * The methods generated code can call on the model, which a private field's getter and setter are
   * among: listed once per model, as javac builds the list of all members anew on each request.
   */
  private List<ExecutableElement> accessorCandidates(TypeElement model) {
    return ElementFilter.methodsIn(elements.getAllMembers(model)).stream()
        .filter(method -> !method.getModifiers().contains(Modifier.STATIC) && visibleFrom(method, model))
        .toList();
  }

  /** {@code getX()} or, for a boolean, {@code isX()}: returning the field's type. */
  private String findGetter(List<ExecutableElement> accessors, VariableElement field) {
    String suffix = Names.capitalize(field.getSimpleName().toString());
    for (ExecutableElement method : accessors) {
      String name = method.getSimpleName().toString();
      boolean named =
          name.equals("get" + suffix) || (name.equals("is" + suffix) && isBoolean(field.asType()));
      if (named && method.getParameters().isEmpty() && types.isSameType(method.getReturnType(), field.asType())) {
        return name;
      }
    }
    return null;
  }

  /** {@code setX(value)}: taking the field's type. */
  private String findSetter(List<ExecutableElement> accessors, VariableElement field) {
    String name = "set" + Names.capitalize(field.getSimpleName().toString());
    for (ExecutableElement method : accessors) {
      if (method.getSimpleName().contentEquals(name)
          && method.getParameters().size() == 1
          && types.isSameType(method.getParameters().get(0).asType(), field.asType())) {
        return name;
      }
    }
    return null;
  }

  /** Whether code in the model's package can use the member: public, or not private and in that package. */
  boolean visibleFrom(Element member, TypeElement model) {
    return member.getModifiers().contains(Modifier.PUBLIC)
        || (!member.getModifiers().contains(Modifier.PRIVATE)
            && elements.getPackageOf(member).equals(elements.getPackageOf(model)));
  }

  private static boolean isBoolean(TypeMirror type) {
    return type.getKind() == TypeKind.BOOLEAN || type.toString().equals("java.lang.Boolean");
  }

  /** Every {@code @Index}, {@code @Unique} or {@code @Check} on the type, repeated ones unwrapped. */
  private List<RawConstraint> constraints(TypeElement type, String simpleName) {
    List<AnnotationMirror> mirrors = new ArrayList<>();
    AnnotationMirror single = annotation(type, ANNOTATIONS + simpleName);
    if (single != null) {
      mirrors.add(single);
    }
    AnnotationMirror container = annotation(type, ANNOTATIONS + simpleName + ".List");
    AnnotationValue repeated = explicitValue(container, "value");
    if (repeated != null) {
      for (Object each : (List<?>) repeated.getValue()) {
        mirrors.add((AnnotationMirror) ((AnnotationValue) each).getValue());
      }
    }
    List<RawConstraint> constraints = new ArrayList<>();
    for (AnnotationMirror mirror : mirrors) {
      constraints.add(
          new RawConstraint(
              mirror,
              stringsValue(mirror, "columns"),
              stringValue(mirror, "name"),
              stringValue(mirror, "value"),
              booleanValue(mirror, "unique", false).value()));
    }
    return constraints;
  }

  public static AnnotationMirror annotation(Element element, String name) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(name)) {
        return mirror;
      }
    }
    return null;
  }

  private static Explicit<String> stringValue(AnnotationMirror mirror, String attribute) {
    AnnotationValue value = explicitValue(mirror, attribute);
    return new Explicit<>(value == null ? "" : (String) value.getValue(), value);
  }

  private static Explicit<List<String>> stringsValue(AnnotationMirror mirror, String attribute) {
    AnnotationValue value = explicitValue(mirror, attribute);
    List<String> strings = new ArrayList<>();
    if (value != null) {
      for (Object each : (List<?>) value.getValue()) {
        strings.add((String) ((AnnotationValue) each).getValue());
      }
    }
    return new Explicit<>(List.copyOf(strings), value);
  }

  private static Explicit<Boolean> booleanValue(AnnotationMirror mirror, String attribute, boolean fallback) {
    AnnotationValue value = explicitValue(mirror, attribute);
    return new Explicit<>(value == null ? fallback : (Boolean) value.getValue(), value);
  }

  private static Explicit<Integer> intValue(AnnotationMirror mirror, String attribute, int fallback) {
    AnnotationValue value = explicitValue(mirror, attribute);
    return new Explicit<>(value == null ? fallback : (Integer) value.getValue(), value);
  }

  /** An enum constant's name; the value of an enum attribute is its constant's element. */
  private static Explicit<String> enumValue(AnnotationMirror mirror, String attribute, String fallback) {
    AnnotationValue value = explicitValue(mirror, attribute);
    return new Explicit<>(
        value == null ? fallback : ((VariableElement) value.getValue()).getSimpleName().toString(), value);
  }

  /** The value the user wrote for the attribute, or null if it was left at its default. */
  static AnnotationValue explicitValue(AnnotationMirror mirror, String attribute) {
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
