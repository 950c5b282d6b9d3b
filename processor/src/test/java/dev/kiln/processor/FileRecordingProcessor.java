package dev.kiln.processor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.FileObject;
import javax.tools.JavaFileManager.Location;
import javax.tools.JavaFileObject;

/**
 * Kiln's processor, given a {@link Filer} that records every file it creates. compile-testing shows
 * generated files only when a compilation succeeds; this shows them when it fails, too.
 */
final class FileRecordingProcessor extends AbstractProcessor {
  private final KilnProcessor kiln = new KilnProcessor();
  private final List<String> createdFiles = new ArrayList<>();

  /** The names of the sources, classes and resources the processor created. */
  List<String> createdFiles() {
    return List.copyOf(createdFiles);
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return kiln.getSupportedAnnotationTypes();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return kiln.getSupportedSourceVersion();
  }

  @Override
  public synchronized void init(ProcessingEnvironment environment) {
    super.init(environment);
    kiln.init(new RecordingEnvironment(environment));
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return kiln.process(annotations, round);
  }

  private final class RecordingEnvironment implements ProcessingEnvironment {
    private final ProcessingEnvironment environment;
    private final Filer filer;

    RecordingEnvironment(ProcessingEnvironment environment) {
      this.environment = environment;
      this.filer = new RecordingFiler(environment.getFiler());
    }

    @Override
    public Filer getFiler() {
      return filer;
    }

    @Override
    public Map<String, String> getOptions() {
      return environment.getOptions();
    }

    @Override
    public Messager getMessager() {
      return environment.getMessager();
    }

    @Override
    public Elements getElementUtils() {
      return environment.getElementUtils();
    }

    @Override
    public Types getTypeUtils() {
      return environment.getTypeUtils();
    }

    @Override
    public SourceVersion getSourceVersion() {
      return environment.getSourceVersion();
    }

    @Override
    public Locale getLocale() {
      return environment.getLocale();
    }

    @Override
    public boolean isPreviewEnabled() {
      return environment.isPreviewEnabled();
    }
  }

  private final class RecordingFiler implements Filer {
    private final Filer filer;

    RecordingFiler(Filer filer) {
      this.filer = filer;
    }

    @Override
    public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements)
        throws IOException {
      createdFiles.add(name.toString());
      return filer.createSourceFile(name, originatingElements);
    }

    @Override
    public JavaFileObject createClassFile(CharSequence name, Element... originatingElements)
        throws IOException {
      createdFiles.add(name.toString());
      return filer.createClassFile(name, originatingElements);
    }

    @Override
    public FileObject createResource(
        Location location,
        CharSequence moduleAndPkg,
        CharSequence relativeName,
        Element... originatingElements)
        throws IOException {
      createdFiles.add(relativeName.toString());
      return filer.createResource(location, moduleAndPkg, relativeName, originatingElements);
    }

    @Override
    public FileObject getResource(Location location, CharSequence moduleAndPkg, CharSequence relativeName)
        throws IOException {
      return filer.getResource(location, moduleAndPkg, relativeName);
    }
  }
}
