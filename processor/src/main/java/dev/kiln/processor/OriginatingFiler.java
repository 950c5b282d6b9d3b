package dev.kiln.processor;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.kiln.processor.write.GeneratedCode;
import java.io.IOException;
import java.io.Writer;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Creates generated files with their originating elements: the models each file is made from,
 * which tell Gradle's incremental compilation what to regenerate when a source changes.
 */
final class OriginatingFiler {
  private final Filer filer;

  OriginatingFiler(Filer filer) {
    this.filer = filer;
  }

  void writeSource(JavaFile file, Element... origins) throws IOException {
    TypeSpec.Builder type = file.typeSpec().toBuilder();
    for (Element origin : origins) {
      type.addOriginatingElement(origin);
    }
    GeneratedCode.file(file.packageName(), type.build()).writeTo(filer);
  }

  /** A resource in the class output, such as a {@code META-INF/services} file. */
  void writeResource(String path, String content, Element... origins) throws IOException {
    FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path, origins);
    try (Writer writer = file.openWriter()) {
      writer.write(content);
    }
  }
}
