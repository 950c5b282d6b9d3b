package dev.kiln.processor.read;

import dev.kiln.processor.model.ValueKind;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Reads what a {@code @Convert} names: the converter, its two types, and whether code can create it. */
final class ConverterReader {
  private static final String CONVERTER = "dev.kiln.convert.Converter";

  private final Elements elements;
  private final Types types;
  private final SameTypes sameTypes;

  ConverterReader(Elements elements, Types types, SameTypes sameTypes) {
    this.elements = elements;
    this.types = types;
    this.sameTypes = sameTypes;
  }

  RawConverter read(
      TypeElement user,
      TypeMirror field,
      AnnotationMirror convert,
      AnnotationValue value,
      Function<TypeMirror, ValueKind> kindOf) {
    // A class the compiler cannot resolve is an error type under ECJ, and not even a type under javac.
    Object named = value == null ? null : value.getValue();
    if (!(named instanceof DeclaredType declared) || declared.getKind() != TypeKind.DECLARED) {
      return new RawConverter(convert, value, null, null, false, null, null, false);
    }
    TypeElement converter = (TypeElement) declared.asElement();
    DeclaredType implemented = converterSupertype(declared);
    TypeMirror fieldType = null;
    TypeMirror storedType = null;
    if (implemented != null && implemented.getTypeArguments().size() == 2) {
      fieldType = concrete(implemented.getTypeArguments().get(0));
      storedType = concrete(implemented.getTypeArguments().get(1));
    }
    ValueKind storedKind = storedType == null ? null : kindOf.apply(storedType);
    return new RawConverter(
        convert,
        value,
        converter,
        fieldType,
        fieldType != null && sameTypes.ignoringBoxing(fieldType, field),
        storedType,
        storedKind == ValueKind.ENUM ? null : storedKind,
        instantiable(converter, user));
  }

  /** {@code Converter<J, S>} as the converter implements it, found among all its supertypes. */
  private DeclaredType converterSupertype(TypeMirror type) {
    Deque<TypeMirror> pending = new ArrayDeque<>(List.of(type));
    while (!pending.isEmpty()) {
      TypeMirror next = pending.pop();
      if (next.getKind() == TypeKind.DECLARED
          && ((TypeElement) types.asElement(next)).getQualifiedName().contentEquals(CONVERTER)) {
        return (DeclaredType) next;
      }
      pending.addAll(types.directSupertypes(next));
    }
    return null;
  }

  private static TypeMirror concrete(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED || type.getKind() == TypeKind.ARRAY ? type : null;
  }

  /**
   * Whether generated code, in the package of {@code user}, can write {@code new Converter()}: a
   * concrete, static class it can see, with a no-argument constructor it can call. (A generic one
   * never gets here: the compiler refuses it as {@code @Convert}'s value.)
   */
  private boolean instantiable(TypeElement converter, TypeElement user) {
    if (converter.getKind() != ElementKind.CLASS
        || converter.getModifiers().contains(Modifier.ABSTRACT)
        || (converter.getNestingKind() == NestingKind.MEMBER && !converter.getModifiers().contains(Modifier.STATIC))
        || converter.getNestingKind() == NestingKind.LOCAL) {
      return false;
    }
    boolean samePackage = elements.getPackageOf(converter).equals(elements.getPackageOf(user));
    for (Element enclosing = converter; enclosing instanceof TypeElement; enclosing = enclosing.getEnclosingElement()) {
      if (!visible(enclosing, samePackage)) {
        return false;
      }
    }
    for (ExecutableElement constructor : ElementFilter.constructorsIn(converter.getEnclosedElements())) {
      if (constructor.getParameters().isEmpty() && visible(constructor, samePackage)) {
        return true;
      }
    }
    return false;
  }

  private static boolean visible(Element element, boolean samePackage) {
    return element.getModifiers().contains(Modifier.PUBLIC)
        || (samePackage && !element.getModifiers().contains(Modifier.PRIVATE));
  }
}
