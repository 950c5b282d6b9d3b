package dev.kiln.processor.read;

import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Whether two types are the same once boxed: {@code int} and {@code Integer} hold the same values,
 * which is what a converter's or a projection's type must match.
 */
final class SameTypes {
  private final Types types;

  SameTypes(Types types) {
    this.types = types;
  }

  boolean ignoringBoxing(TypeMirror a, TypeMirror b) {
    return types.isSameType(boxed(a), boxed(b));
  }

  private TypeMirror boxed(TypeMirror type) {
    return type.getKind().isPrimitive() ? types.boxedClass((PrimitiveType) type).asType() : type;
  }
}
