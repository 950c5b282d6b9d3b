package dev.kiln.processor.write;

import static javax.lang.model.element.Modifier.PUBLIC;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.MethodSpec;

/** How generated classes override the runtime's methods. */
final class GeneratedMethods {
  private GeneratedMethods() {}

  static MethodSpec.Builder override(String name) {
    return MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(PUBLIC);
  }

  /**
   * Overrides a method {@code TableDef} implements for tables without the feature. ECJ warns
   * ("super", on in {@code -warn:all}) about an override of a concrete method that does not call
   * it; calling the default makes no sense here, and javac ignores the token.
   */
  static MethodSpec.Builder overrideDefault(String name) {
    return override(name).addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "super").build());
  }
}
