package dev.kiln.processor.model;

import dev.kiln.schema.ColumnSchema;
import dev.kiln.schema.TableSchema;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tables models describe, as the runtime's {@link TableSchema}: what a generated {@code
 * schema()} builds, and what migrations are computed from.
 */
public final class ModelSchemas {
  private ModelSchemas() {}

  /** The model's own table. */
  public static TableSchema table(TableModel model) {
    TableSchema.Builder table = TableSchema.builder(model.name());
    for (ColumnModel column : model.columns()) {
      table.column(column(column));
    }
    table.primaryKey(model.primaryKey().stream().map(ColumnModel::name).toArray(String[]::new));
    for (TableSchema.Constraint unique : model.uniqueConstraints()) {
      table.unique(unique.name(), unique.columns().toArray(String[]::new));
    }
    for (TableSchema.Check check : model.checks()) {
      table.check(check.name(), check.condition());
    }
    for (TableSchema.Index index : model.indexes()) {
      String[] columns = index.columns().toArray(String[]::new);
      if (index.unique()) {
        table.uniqueIndex(index.name(), columns);
      } else {
        table.index(index.name(), columns);
      }
    }
    for (TableSchema.ForeignKey key : model.foreignKeys()) {
      table.foreignKey(key.name(), key.columns().toArray(String[]::new), key.targetTable(),
          key.targetColumns().toArray(String[]::new), key.onDelete());
    }
    return table.build();
  }

  /**
   * Every table of these models: each model's, and the association table of each many-to-many
   * relationship that owns one and whose target is among them.
   */
  public static List<TableSchema> tables(Collection<TableModel> models) {
    Map<String, TableModel> byClass = new HashMap<>();
    for (TableModel model : models) {
      byClass.put(model.model().canonicalName(), model);
    }
    List<TableSchema> tables = new ArrayList<>();
    for (TableModel model : models) {
      tables.add(table(model));
    }
    for (TableModel model : models) {
      for (RelationModel relation : model.relations()) {
        TableModel target = byClass.get(relation.target().canonicalName());
        if (relation.association() != null && target != null) {
          RelationModel.Association association = relation.association();
          tables.add(TableSchema.association(association.table(), association.column(), model.name(),
              column(model.primaryKey().get(0)), association.targetColumn(), target.name(),
              column(target.primaryKey().get(0))));
        }
      }
    }
    return tables;
  }

  /** {@code ColumnSchema.of("username", VARCHAR).withLength(80).notNull()}, as declared. */
  public static ColumnSchema column(ColumnModel column) {
    ColumnSchema schema = ColumnSchema.of(column.name(), column.sqlType());
    if (column.length() > 0) {
      schema = schema.withLength(column.length());
    }
    if (column.precision() > 0 || column.scale() > 0) {
      schema = schema.withPrecision(column.precision(), column.scale());
    }
    if (column.generated()) {
      schema = schema.generatedKey();
    } else if (!column.nullable()) {
      schema = schema.notNull();
    }
    if (column.version()) {
      schema = schema.asVersion();
    }
    return column.defaultValue() == null ? schema : schema.withDefault(column.defaultValue());
  }
}
