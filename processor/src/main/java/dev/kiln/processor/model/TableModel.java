package dev.kiln.processor.model;

import com.palantir.javapoet.ClassName;
import dev.kiln.schema.TableSchema;
import java.util.List;

/**
 * A valid model, ready to be written: plain values, no compiler types.
 *
 * @param model the model class
 * @param constructorProperties for an immutable model (a record, or a class built through its
 *     constructor), the properties its constructor takes, in parameter order; null for a mutable
 *     class, built through its no-argument constructor and then filled in
 * @param finalValues whether an object's column values can never change: a record, or a class
 *     whose stored fields are all final
 * @param uniqueConstraints the unique constraints, single-column ones included
 * @param indexes the indexes, single-column ones included
 * @param projections the model's {@code @Projection} records
 * @param relations the model's relationships, in declaration order
 * @param foreignKeys the foreign keys of its references
 */
public record TableModel(
    ClassName model,
    String name,
    List<String> constructorProperties,
    boolean finalValues,
    List<ColumnModel> columns,
    List<TableSchema.Constraint> uniqueConstraints,
    List<TableSchema.Check> checks,
    List<TableSchema.Index> indexes,
    List<ProjectionModel> projections,
    List<RelationModel> relations,
    List<TableSchema.ForeignKey> foreignKeys) {
  public TableModel {
    constructorProperties = constructorProperties == null ? null : List.copyOf(constructorProperties);
    columns = List.copyOf(columns);
    uniqueConstraints = List.copyOf(uniqueConstraints);
    checks = List.copyOf(checks);
    indexes = List.copyOf(indexes);
    projections = List.copyOf(projections);
    relations = List.copyOf(relations);
    foreignKeys = List.copyOf(foreignKeys);
  }

  public boolean immutable() {
    return constructorProperties != null;
  }

  /** The key's columns, in declaration order. */
  public List<ColumnModel> primaryKey() {
    return columns.stream().filter(ColumnModel::primaryKey).toList();
  }

  /** Whether the database generates the key: a single integer key. */
  public boolean generatesKey() {
    return columns.stream().anyMatch(ColumnModel::generated);
  }

  /** The columns the database may fill in on insert, in declaration order. */
  public List<ColumnModel> databaseFilled() {
    return columns.stream().filter(ColumnModel::databaseFilled).toList();
  }

  /** The {@code @Version} column, counting the row's updates, or null if the model has none. */
  public ColumnModel version() {
    return columns.stream().filter(ColumnModel::version).findFirst().orElse(null);
  }

  public ColumnModel column(String property) {
    return columns.stream().filter(column -> column.property().equals(property)).findFirst().orElseThrow();
  }

  /** The columns of a field, in order: one, several for a reference to a composite key, none for a collection. */
  public List<ColumnModel> columnsOf(String property) {
    return columns.stream().filter(column -> column.property().equals(property)).toList();
  }

  /** The column of a field, or null for a collection, which has none. */
  public ColumnModel columnOrNull(String property) {
    return columns.stream().filter(column -> column.property().equals(property)).findFirst().orElse(null);
  }

  /** The relationship of a field, or null. */
  public RelationModel relation(String property) {
    return relations.stream().filter(relation -> relation.property().equals(property)).findFirst().orElse(null);
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
    return GeneratedNames.generatedClass(model, suffix);
  }
}
