package dev.kiln.processor.read;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ErrorType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVisitor;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.SimpleTypeVisitor14;

/**
 * Whether javac has resolved every type a model mentions. A type that another processor generates
 * does not exist before the round after it was written: until then javac hands it over as an error
 * type, and judging the model would report a field of that type as unsupported.
 */
public final class ResolutionScan {
  private static final TypeVisitor<Boolean, Void> RESOLVED =
      new SimpleTypeVisitor14<>(true) {
        @Override
        public Boolean visitError(ErrorType type, Void unused) {
          return false;
        }

        @Override
        public Boolean visitDeclared(DeclaredType type, Void unused) {
          return visit(type.getEnclosingType()) && allResolved(type.getTypeArguments());
        }

        @Override
        public Boolean visitArray(ArrayType type, Void unused) {
          return visit(type.getComponentType());
        }

        @Override
        public Boolean visitWildcard(WildcardType type, Void unused) {
          return (type.getExtendsBound() == null || visit(type.getExtendsBound()))
              && (type.getSuperBound() == null || visit(type.getSuperBound()));
        }

        /** A method's or constructor's signature, where getters and setters are found. */
        @Override
        public Boolean visitExecutable(ExecutableType type, Void unused) {
          return visit(type.getReturnType()) && allResolved(type.getParameterTypes());
        }
      };

  private ResolutionScan() {}

  /**
   * Whether the model's superclasses, the types of its fields, record components and methods, and
   * the values of their annotations are all resolved.
   */
  public static boolean isResolved(TypeElement model) {
    return superclassesResolved(model)
        && annotationsResolved(model)
        && model.getEnclosedElements().stream().allMatch(ResolutionScan::memberResolved);
  }

  private static boolean superclassesResolved(TypeElement type) {
    TypeMirror superclass = type.getSuperclass();
    while (superclass.getKind() == TypeKind.DECLARED) {
      TypeElement parent = (TypeElement) ((DeclaredType) superclass).asElement();
      // A mapped superclass's fields are the model's columns too.
      if (!resolved(superclass) || !parent.getEnclosedElements().stream().allMatch(ResolutionScan::memberResolved)) {
        return false;
      }
      superclass = parent.getSuperclass();
    }
    return superclass.getKind() != TypeKind.ERROR;
  }

  private static boolean memberResolved(Element member) {
    return switch (member.getKind()) {
      case FIELD, RECORD_COMPONENT, METHOD, CONSTRUCTOR -> resolved(member.asType()) && annotationsResolved(member);
      // A nested type is a model of its own, or none.
      default -> true;
    };
  }

  private static boolean annotationsResolved(Element element) {
    return element.getAnnotationMirrors().stream().allMatch(ResolutionScan::annotationResolved);
  }

  private static boolean annotationResolved(AnnotationMirror annotation) {
    return annotation.getElementValues().values().stream().allMatch(ResolutionScan::valueResolved);
  }

  private static boolean valueResolved(AnnotationValue value) {
    Object content = value.getValue();
    if (content instanceof TypeMirror type) {
      return resolved(type);
    }
    if (content instanceof AnnotationMirror annotation) {
      return annotationResolved(annotation);
    }
    if (content instanceof List<?> values) {
      return values.stream().allMatch(element -> valueResolved((AnnotationValue) element));
    }
    if (content instanceof String) {
      // javac stands the string "<error>" in for a class literal or a constant it cannot resolve
      // yet; unlike a real string, its source form is not a quoted literal.
      return value.toString().startsWith("\"");
    }
    return true;
  }

  private static boolean allResolved(List<? extends TypeMirror> types) {
    return types.stream().allMatch(ResolutionScan::resolved);
  }

  private static boolean resolved(TypeMirror type) {
    return RESOLVED.visit(type);
  }
}
