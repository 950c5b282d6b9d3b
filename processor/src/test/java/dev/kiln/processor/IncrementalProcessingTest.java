package dev.kiln.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.kiln.processor.Compilations.compile;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.kiln.processor.FileRecorder.CreatedFile;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Processor;
import org.junit.jupiter.api.Test;

/**
 * What Gradle's incremental compilation is told, checked against what the processors do: each
 * generated file's originating elements, and each processor's declared kind. Gradle requires an
 * isolating processor to give every file exactly one originating element; a processor whose files
 * depend on several must be declared aggregating.
 */
class IncrementalProcessingTest {
  private static final String GRADLE_DECLARATION = "META-INF/gradle/incremental.annotation.processors";
  private static final String PROCESSOR_SERVICES = "META-INF/services/javax.annotation.processing.Processor";
  private static final String SERVICE_FILE = "META-INF/services/dev.kiln.schema.ModelRegistry";

  @Test
  void eachModelsFilesOriginateFromItAloneAndTheRegistryFromEveryModel() {
    FileRecorder files = new FileRecorder();

    assertThat(compile(files.kilnProcessors(), TestModels.user(), TestModels.note())).succeededWithoutWarnings();
    Map<String, List<String>> origins = new LinkedHashMap<>();
    for (CreatedFile file : files.files()) {
      origins.put(file.name(), file.origins());
    }
    List<String> user = List.of("test.User");
    List<String> note = List.of("test.Note");
    List<String> both = List.of("test.User", "test.Note");
    assertThat(origins)
        .containsExactly(
            "test.UserTable", user, "test.UserDao", user, "test.UserQuery", user,
            "test.NoteTable", note, "test.NoteDao", note, "test.NoteQuery", note,
            "test.KilnModels", both, SERVICE_FILE, both);
  }

  @Test
  void gradleDeclarationNamesEveryProcessorTheServiceLoaderFinds() throws IOException {
    assertThat(declaredKinds().keySet()).containsExactlyElementsIn(registeredProcessors());
  }

  @Test
  void processorsDeclaredIsolatingGiveEachFileOneOriginAndOnlyThey() throws Exception {
    FileRecorder files = new FileRecorder();
    List<Processor> processors = new ArrayList<>();
    for (String name : registeredProcessors()) {
      processors.add(files.recording((Processor) Class.forName(name).getConstructor().newInstance()));
    }

    assertThat(compile(processors, TestModels.user(), TestModels.note())).succeededWithoutWarnings();
    Map<String, String> kinds = new LinkedHashMap<>();
    for (CreatedFile file : files.files()) {
      String kind = file.origins().size() == 1 ? "isolating" : "aggregating";
      kinds.merge(file.processor(), kind, (earlier, later) -> earlier.equals(later) ? earlier : "aggregating");
    }
    assertThat(kinds).containsExactlyEntriesIn(declaredKinds());
  }

  /** The Gradle declaration in the processor's jar: processor class to {@code isolating} or {@code aggregating}. */
  private static Map<String, String> declaredKinds() throws IOException {
    Map<String, String> kinds = new LinkedHashMap<>();
    for (String line : processorResource(GRADLE_DECLARATION)) {
      String[] parts = line.split(",");
      assertThat(parts).hasLength(2);
      assertThat(kinds.put(parts[0].strip(), parts[1].strip())).isNull();
    }
    return kinds;
  }

  /** The processors registered in the processor's jar for {@code ServiceLoader}, which javac runs. */
  private static List<String> registeredProcessors() throws IOException {
    return processorResource(PROCESSOR_SERVICES);
  }

  /** The non-blank, non-comment lines of a resource of the jar (or directory) holding the processors. */
  private static List<String> processorResource(String path) throws IOException {
    URL location = KilnProcessor.class.getProtectionDomain().getCodeSource().getLocation();
    try (URLClassLoader jar = new URLClassLoader(new URL[] {location}, null);
        InputStream resource = jar.getResourceAsStream(path)) {
      assertThat(resource).isNotNull();
      return new String(resource.readAllBytes(), UTF_8)
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .toList();
    }
  }
}
