package dev.kiln.processor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Processor;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.JavaFileManager.Location;
import javax.tools.JavaFileObject;

/**
 * Records every file processors create, with its originating elements. compile-testing shows
 * generated files only when a compilation succeeds; this shows them when it fails, too.
 */
final class FileRecorder {
  /**
   * A created file.
   *
   * @param name a source's qualified name, or a resource's path
   * @param processor the qualified name of the processor that created it
   * @param origins the qualified names of its originating elements
   */
  record CreatedFile(String name, String processor, List<String> origins) {}

  private final List<CreatedFile> files = new ArrayList<>();

  /** Kiln's processors, recording what they create. */
  List<Processor> kilnProcessors() {
    return Compilations.kilnProcessors().stream().map(this::recording).toList();
  }

  /** The processor, recording what it creates. */
  Processor recording(Processor processor) {
    String name = processor.getClass().getName();
    return new ForwardingProcessor(
        processor,
        environment ->
            new ForwardingEnvironment(
                environment, new RecordingFiler(environment.getFiler(), name), environment.getMessager()));
  }

  /** The created files, in the order they were created. */
  List<CreatedFile> files() {
    return List.copyOf(files);
  }

  List<String> names() {
    return files.stream().map(CreatedFile::name).toList();
  }

  private final class RecordingFiler implements Filer {
    private final Filer filer;
    private final String processor;

    RecordingFiler(Filer filer, String processor) {
      this.filer = filer;
      this.processor = processor;
    }

    @Override
    public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements)
        throws IOException {
      record(name, originatingElements);
      return filer.createSourceFile(name, originatingElements);
    }

    @Override
    public JavaFileObject createClassFile(CharSequence name, Element... originatingElements)
        throws IOException {
      record(name, originatingElements);
      return filer.createClassFile(name, originatingElements);
    }

    @Override
    public FileObject createResource(
        Location location,
        CharSequence moduleAndPkg,
        CharSequence relativeName,
        Element... originatingElements)
        throws IOException {
      record(relativeName, originatingElements);
      return filer.createResource(location, moduleAndPkg, relativeName, originatingElements);
    }

    @Override
    public FileObject getResource(Location location, CharSequence moduleAndPkg, CharSequence relativeName)
        throws IOException {
      return filer.getResource(location, moduleAndPkg, relativeName);
    }

    private void record(CharSequence name, Element[] origins) {
      List<String> originNames =
          Arrays.stream(origins).map(origin -> ((TypeElement) origin).getQualifiedName().toString()).toList();
      files.add(new CreatedFile(name.toString(), processor, originNames));
    }
  }
}
