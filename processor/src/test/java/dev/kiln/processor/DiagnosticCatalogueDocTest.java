package dev.kiln.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.processor.check.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The documented catalogue lists every diagnostic the processor can report, and no other. */
class DiagnosticCatalogueDocTest {
  @Test
  void docsListEveryDiagnosticIdExactlyOnce() throws IOException {
    String page = Files.readString(Path.of("..", "docs", "diagnostics.md"));
    Set<String> documented =
        page.lines()
            .filter(line -> line.startsWith("| KILN-"))
            .map(line -> line.substring(2, line.indexOf(' ', 2)))
            .collect(Collectors.toSet());
    Set<String> catalogued = Arrays.stream(Diagnostic.values()).map(Diagnostic::id).collect(Collectors.toSet());
    assertThat(documented).isEqualTo(catalogued);
    assertThat(catalogued).hasSize(Diagnostic.values().length);
  }
}
