package dev.kiln.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/** What every generated file shares: the {@code @Generated} marker and the file layout. */
public final class GeneratedCode {
  private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  private static final String PROCESSOR = "dev.kiln.processor.KilnProcessor";

  private final boolean generatedAvailable;

  /**
   * @param generatedAvailable whether {@code javax.annotation.processing.Generated} exists on the
   *     compilation's platform (it does from Java 9 on)
   */
  public GeneratedCode(boolean generatedAvailable) {
    this.generatedAvailable = generatedAvailable;
  }

  /** A public final class marked {@code @Generated}. */
  public TypeSpec.Builder publicFinalClass(ClassName name) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(name)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL);
    if (generatedAvailable) {
      type.addAnnotation(AnnotationSpec.builder(GENERATED).addMember("value", "$S", PROCESSOR).build());
    }
    return type;
  }

  public static JavaFile file(String packageName, TypeSpec type) {
    return JavaFile.builder(packageName, type).skipJavaLangImports(true).build();
  }
}
