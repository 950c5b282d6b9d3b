package dev.kiln.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * A {@code @Projection} record of a model, ready to be written.
 *
 * @param columns the model's columns it reads, in component order, each typed as its component
 */
public record ProjectionModel(ClassName type, List<ColumnModel> columns) {
  public ProjectionModel {
    columns = List.copyOf(columns);
  }

  /** {@code selectSummary} for {@code User.Summary}. */
  public String selectMethod() {
    return "select" + type.simpleName();
  }

  /** {@code readSummary}. */
  public String readMethod() {
    return "read" + type.simpleName();
  }
}
