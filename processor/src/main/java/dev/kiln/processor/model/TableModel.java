package dev.kiln.processor.model;

import com.palantir.javapoet.ClassName;
import dev.kiln.schema.TableSchema;
import java.util.List;

/**
 * A valid model, ready to be written: plain values, no compiler types.
 *
 * @param model the model class
 * @param record whether the model is a record (built through its canonical constructor)
 */
public record TableModel(ClassName model, String name, boolean record, List<ColumnModel> columns) {
  public TableModel {
    columns = List.copyOf(columns);
  }

  public ColumnModel primaryKey() {
    return columns.stream().filter(ColumnModel::primaryKey).findFirst().orElseThrow();
  }

  public int primaryKeyIndex() {
    return columns.indexOf(primaryKey());
  }

  public TableSchema schema() {
    return new TableSchema(name, columns.stream().map(ColumnModel::schema).toList());
  }

  public ClassName tableClass() {
    return generated(GeneratedNames.TABLE_SUFFIX);
  }

  public ClassName daoClass() {
    return generated(GeneratedNames.DAO_SUFFIX);
  }

  public ClassName queryClass() {
    return generated(GeneratedNames.QUERY_SUFFIX);
  }

  private ClassName generated(String suffix) {
    return ClassName.get(model.packageName(), GeneratedNames.generatedClass(model.simpleNames(), suffix));
  }
}
