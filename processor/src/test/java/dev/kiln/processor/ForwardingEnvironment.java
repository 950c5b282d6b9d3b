package dev.kiln.processor;

import java.util.Locale;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** The compiler's processing environment with another filer or messager, for tests to watch or mute a processor. */
record ForwardingEnvironment(ProcessingEnvironment environment, Filer filer, Messager messager)
    implements ProcessingEnvironment {
  @Override
  public Filer getFiler() {
    return filer;
  }

  @Override
  public Messager getMessager() {
    return messager;
  }

  @Override
  public Map<String, String> getOptions() {
    return environment.getOptions();
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
