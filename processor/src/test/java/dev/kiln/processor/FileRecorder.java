package dev.kiln.processor;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileObject;
import javax.tools.JavaFileManager.Location;
import javax.tools.JavaFileObject;

/**
 * Records every file processors create, with its originating elements and its round, and the text
 * of every source. compile-testing shows generated files only when a compilation succeeds; this
 * shows them when it fails, too.
 */
final class FileRecorder {
  /**
   * A created file.
   *
   * @param name a source's qualified name, or a resource's path
   * @param processor the qualified name of the processor that created it
   * @param origins the qualified names of its originating elements
   * @param round the processing round it was created in, from 1, counted by the processor that {@link #kilnProcessors} puts first
   */
  record CreatedFile(String name, String processor, List<String> origins, int round) {}

  private final List<CreatedFile> files = new ArrayList<>();
  /** The text written to each created source, by qualified name. */
  private final Map<String, StringWriter> sources = new LinkedHashMap<>();
  private int round;

  /** Kiln's processors, recording what they create, after the round counter. */
  List<Processor> kilnProcessors() {
    List<Processor> processors = new ArrayList<>();
    processors.add(roundCounter());
    Compilations.kilnProcessors().forEach(processor -> processors.add(recording(processor)));
    return processors;
  }

  /**
   * A processor that counts rounds: supporting {@code *}, it runs in every round, and placed first
   * it counts a round before any file of that round is created.
   */
  private Processor roundCounter() {
    return new AbstractProcessor() {
      @Override
      public Set<String> getSupportedAnnotationTypes() {
        return Set.of("*");
      }

      @Override
      public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
      }

      @Override
      public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment environment) {
        round++;
        return false;
      }
    };
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

  /** The text of a created source file, as it was written. */
  String source(String qualifiedName) {
    StringWriter text = sources.get(qualifiedName);
    if (text == null) {
      throw new IllegalArgumentException("No source " + qualifiedName + " was created, only " + sources.keySet());
    }
    return text.toString();
  }

  /** Each created file's round and name: {@code "2 test.KilnModels"}. */
  List<String> roundsAndNames() {
    return files.stream().map(file -> file.round() + " " + file.name()).toList();
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
      return copying(name.toString(), filer.createSourceFile(name, originatingElements));
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

    /** The source file, keeping a copy of the text written to it. */
    private JavaFileObject copying(String name, JavaFileObject file) {
      return new ForwardingJavaFileObject<>(file) {
        @Override
        public Writer openWriter() throws IOException {
          StringWriter copy = new StringWriter();
          sources.put(name, copy);
          return new FilterWriter(super.openWriter()) {
            @Override
            public void write(int c) throws IOException {
              super.write(c);
              copy.write(c);
            }

            @Override
            public void write(char[] chars, int offset, int length) throws IOException {
              super.write(chars, offset, length);
              copy.write(chars, offset, length);
            }

            @Override
            public void write(String string, int offset, int length) throws IOException {
              super.write(string, offset, length);
              copy.write(string, offset, length);
            }
          };
        }
      };
    }

    private void record(CharSequence name, Element[] origins) {
      List<String> originNames =
          Arrays.stream(origins).map(origin -> ((TypeElement) origin).getQualifiedName().toString()).toList();
      files.add(new CreatedFile(name.toString(), processor, originNames, round));
    }
  }
}
