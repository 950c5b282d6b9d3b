package dev.kiln.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.kiln.processor.model.GeneratedNames;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Renders placeholders of the classes of a model that has errors: empty classes of the same names,
 * so that hand-written code naming {@code BookDao} or {@code BookTable} in a signature still
 * resolves, and the model's errors are the compilation's only ones.
 *
 * <p>Without them javac reports a bare "cannot find symbol" for each such mention after the model's
 * error, and ECJ a "BookDao cannot be resolved to a type" before it; saying in the model's error that
 * its classes are not generated would explain that wall, not remove it. With them javac reports
 * nothing more (it attributes no method body once a processor has reported an error), and ECJ only
 * each use of a member a placeholder lacks. A placeholder has no members and cannot be created, so
 * the model stays unusable.
 */
public final class PlaceholderWriter {
  private final GeneratedCode generatedCode;

  public PlaceholderWriter(GeneratedCode generatedCode) {
    this.generatedCode = generatedCode;
  }

  public List<JavaFile> write(ClassName model) {
    return GeneratedNames.MODEL_CLASS_SUFFIXES.stream()
        .map(suffix -> placeholder(model, GeneratedNames.generatedClass(model, suffix)))
        .toList();
  }

  private JavaFile placeholder(ClassName model, ClassName name) {
    TypeSpec type =
        generatedCode
            .publicFinalClass(name)
            .addJavadoc(
                "Not generated in full: {@code $L} has errors, see the compiler's errors on it. This\n"
                    + "empty placeholder only keeps code that names it from adding errors of its own: it has no members\n"
                    + "and cannot be created. Fixing the model's errors generates the full class.\n",
                model.canonicalName())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
            .build();
    return GeneratedCode.file(name.packageName(), type);
  }
}
