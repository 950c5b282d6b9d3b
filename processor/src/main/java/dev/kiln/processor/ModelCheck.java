package dev.kiln.processor;

import dev.kiln.processor.check.ModelChecker;
import dev.kiln.processor.check.Reporter;
import dev.kiln.processor.model.TableModel;
import dev.kiln.processor.read.ModelReader;
import dev.kiln.processor.read.RawModel;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Reads a {@code @Table} type and checks every rule. */
final class ModelCheck {
  private final ModelReader reader;
  private final ModelChecker checker;

  ModelCheck(Elements elements, Types types, Reporter reporter) {
    reader = new ModelReader(elements, types);
    checker = new ModelChecker(reporter);
  }

  /** The model to generate, or empty if it breaks a rule (told to the reporter). */
  Optional<TableModel> check(TypeElement type) {
    RawModel raw = reader.read(type);
    return checker.check(raw) ? Optional.of(raw.toTableModel()) : Optional.empty();
  }
}
