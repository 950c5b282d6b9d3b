package dev.kiln.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/** What every generated file shares: the {@code @Generated} marker and the file layout. */
public final class GeneratedCode {
  private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  /** The qualified name of {@code @Generated}, to look it up on the compilation's platform. */
  public static final String GENERATED_ANNOTATION = GENERATED.canonicalName();

  private final boolean generatedAvailable;
  private final String generator;

  /**
   * @param generatedAvailable whether {@code javax.annotation.processing.Generated} exists on the
   *     compilation's platform (it does from Java 9 on)
   * @param generator the qualified name of the processor writing the code, which {@code @Generated} names
   */
  public GeneratedCode(boolean generatedAvailable, String generator) {
    this.generatedAvailable = generatedAvailable;
    this.generator = generator;
  }

  /** A public final class marked {@code @Generated}. */
  public TypeSpec.Builder publicFinalClass(ClassName name) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(name)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL);
    if (generatedAvailable) {
      type.addAnnotation(AnnotationSpec.builder(GENERATED).addMember("value", "$S", generator).build());
    }
    return type;
  }

  public static JavaFile file(String packageName, TypeSpec type) {
    return JavaFile.builder(packageName, type).skipJavaLangImports(true).build();
  }
}
