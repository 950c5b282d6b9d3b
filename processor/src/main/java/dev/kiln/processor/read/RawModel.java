package dev.kiln.processor.read;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.kiln.annotation.Column;
import dev.kiln.annotation.OnDelete;
import dev.kiln.processor.model.ColumnModel;
import dev.kiln.processor.model.GeneratedNames;
import dev.kiln.processor.model.Names;
import dev.kiln.processor.model.ProjectionModel;
import dev.kiln.processor.model.RelationModel;
import dev.kiln.processor.model.TableModel;
import dev.kiln.schema.ColumnDefault;
import dev.kiln.schema.TableSchema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * What the source says about one {@code @Table} type, before any rule is checked.
 *
 * @param annotation the type's {@code @Table}
 * @param record whether the type is a record
 * @param columns every instance field (or record component), inherited ones first, in declaration
 *     order
 * @param noArgConstructor whether a class has a non-private constructor without parameters
 * @param allColumnsConstructor a non-private constructor whose parameters are the stored columns,
 *     matched by name and type, in any order; null if there is none
 * @param projections the {@code @Projection} types nested in the model
 */
public record RawModel(
    TypeElement type,
    AnnotationMirror annotation,
    Explicit<String> name,
    boolean record,
    List<RawColumn> columns,
    List<RawConstraint> indexes,
    List<RawConstraint> uniques,
    List<RawConstraint> checks,
    boolean noArgConstructor,
    ExecutableElement allColumnsConstructor,
    List<RawProjection> projections) {

  /** The table's name: the one written in {@code @Table(name)}, else the class's in snake_case. */
  public String tableName() {
    return Names.tableName(name.value(), type.getSimpleName().toString());
  }

  /** The stored columns: every field but static and transient ones and collections. */
  public List<RawColumn> storedColumns() {
    return columns.stream().filter(column -> !column.excluded() && !column.isCollection()).toList();
  }

  /** What an object is built from: the stored columns and the collections, in declaration order. */
  public List<RawColumn> storedProperties() {
    return columns.stream().filter(column -> !column.excluded()).toList();
  }

  /** The stored column of a field, or null. */
  public RawColumn storedColumn(String property) {
    return storedColumns().stream().filter(column -> column.property().equals(property)).findFirst().orElse(null);
  }

  /**
   * Whether objects are built through a constructor that takes every column: always for a record;
   * for a class that cannot be built empty and filled in field by field.
   */
  public boolean immutable() {
    // A final holder field is fine: generated code changes the holder, never the field.
    return record
        || !noArgConstructor
        || storedColumns().stream().anyMatch(column -> column.finalField() && !column.isReference());
  }

  /** The name every generated file and constraint of this model is derived from. */
  public String constraintName(List<String> properties, String suffix) {
    List<String> parts = new ArrayList<>();
    parts.add(tableName());
    for (String property : properties) {
      RawColumn column = storedColumn(property);
      parts.add(column == null ? property : column.constraintPart());
    }
    parts.add(suffix);
    return String.join("_", parts);
  }

  /** The model, once the checker has found nothing wrong with this. */
  public TableModel toTableModel() {
    List<RawColumn> stored = storedColumns();
    Set<String> taken = new HashSet<>(GeneratedNames.TABLE_MEMBERS);
    for (RawColumn column : stored) {
      taken.add(GeneratedNames.valueTypeConstant(Names.constantCase(column.property())));
    }
    // Relationship constants are named by their field alone, so that the other side can name them.
    for (RawColumn column : storedProperties()) {
      if (column.relation() != null) {
        taken.add(relationConstant(column.property()));
      }
    }
    boolean compositeKey =
        stored.stream().filter(column -> column.primaryKey().value()).mapToInt(column -> column.columnNames().size()).sum() > 1;
    List<ColumnModel> columns = new ArrayList<>(stored.size());
    List<TableSchema.Constraint> uniques = new ArrayList<>();
    List<TableSchema.Index> indexes = new ArrayList<>();
    List<TableSchema.ForeignKey> foreignKeys = new ArrayList<>();
    for (RawColumn column : stored) {
      if (column.isReference()) {
        columns.addAll(referenceColumnModels(column, taken));
      } else {
        columns.add(columnModel(column, constantFor(Names.constantCase(column.property()), taken), compositeKey));
      }
      if (column.unique().value()) {
        uniques.add(unique(List.of(column.property()), ""));
      }
      if (column.index().value() || indexedReference(column, stored)) {
        indexes.add(index(List.of(column.property()), "", false));
      }
      if (column.isReference()) {
        foreignKeys.add(
            new TableSchema.ForeignKey(
                constraintName(List.of(column.property()), "fkey"),
                column.columnNames(),
                column.relation().targetTableName(),
                column.relation().targetKey().stream().map(RawRelation.KeyPart::columnName).toList(),
                OnDelete.valueOf(column.relation().onDelete().value())));
      }
    }
    List<RelationModel> relations = new ArrayList<>();
    for (RawColumn property : storedProperties()) {
      if (property.relation() != null) {
        relations.add(relationModel(property, columns));
      }
    }
    for (RawConstraint unique : this.uniques) {
      uniques.add(unique(unique.columns().value(), unique.name().value()));
    }
    for (RawConstraint index : this.indexes) {
      indexes.add(index(index.columns().value(), index.name().value(), index.unique()));
    }
    List<TableSchema.Check> checks =
        this.checks.stream()
            .map(check -> new TableSchema.Check(check.name().value(), check.condition().value()))
            .toList();
    List<ProjectionModel> projectionModels = new ArrayList<>();
    for (RawProjection projection : projections) {
      List<ColumnModel> projected = new ArrayList<>();
      for (RawProjection.Component component : projection.components()) {
        ColumnModel column =
            columns.stream().filter(each -> each.property().equals(component.name())).findFirst().orElseThrow();
        projected.add(column.withJavaType(TypeName.get(component.type())));
      }
      projectionModels.add(new ProjectionModel(ClassName.get(projection.type()), projected));
    }
    // A reference's key can change inside its holder, however final the field.
    boolean finalValues =
        (record || storedColumns().stream().allMatch(RawColumn::finalField))
            && stored.stream().noneMatch(RawColumn::isReference);
    return new TableModel(
        ClassName.get(type), tableName(), constructorProperties(), finalValues, columns, uniques, checks, indexes,
        projectionModels, relations, foreignKeys);
  }

  /** The constant, or with {@code _COLUMN} appended while it is taken; marks it taken. */
  private static String constantFor(String constant, Set<String> taken) {
    String free = constant;
    while (!taken.add(free)) {
      free = free + "_COLUMN";
    }
    return free;
  }

  /** {@code AUTHOR} for a field {@code author}: a relationship's constant, from its field alone. */
  public static String relationConstant(String property) {
    String constant = Names.constantCase(property);
    return GeneratedNames.TABLE_MEMBERS.contains(constant) ? constant + "_RELATION" : constant;
  }

  /**
   * Whether a reference's column gets an index of its own, as loading the rows that refer to a row
   * searches it: unless it is unique, indexed already, or the first column of the key.
   */
  private static boolean indexedReference(RawColumn column, List<RawColumn> stored) {
    if (!column.isReference() || column.unique().value() || column.index().value()) {
      return false;
    }
    RawColumn firstKeyPart = stored.stream().filter(each -> each.primaryKey().value()).findFirst().orElse(null);
    return firstKeyPart != column;
  }

  private RelationModel relationModel(RawColumn property, List<ColumnModel> columns) {
    RawRelation relation = property.relation();
    RelationModel.Kind kind = RelationModel.Kind.valueOf(relation.kind().name());
    String inverse = null;
    RelationModel.Association association = null;
    if (kind == RelationModel.Kind.ONE_TO_MANY || relation.readsOtherSide()) {
      inverse = relation.mappedBy().value().isEmpty() ? relation.inverseCandidates().get(0) : relation.mappedBy().value();
    } else if (kind == RelationModel.Kind.MANY_TO_MANY) {
      AssociationNames names = AssociationNames.of(this, property);
      association = new RelationModel.Association(names.table(), names.column(), names.targetColumn());
    }
    return new RelationModel(
        kind,
        property.property(),
        TypeName.get(property.type()),
        relationConstant(property.property()),
        property.getter(),
        property.setter(),
        !property.finalField() && (property.setter() != null || !property.privateField()),
        ClassName.get(relation.target()),
        columns.stream().filter(column -> column.property().equals(property.property())).map(ColumnModel::constant).toList(),
        inverse == null ? null : relationConstant(inverse),
        relation.deleteOrphans(),
        association);
  }

  /**
   * One column. A version is never null; a boxed one left null on insert gets the database default
   * 0, which makes it a database-filled column that is read back.
   */
  private static ColumnModel columnModel(RawColumn column, String constant, boolean compositeKey) {
    boolean primaryKey = column.primaryKey().value();
    boolean version = column.isVersion();
    RawConverter converter = column.converter();
    String defaultSql = version && !column.isPrimitive() ? "0" : column.defaultSql().value();
    return new ColumnModel(
        column.property(),
        column.columnName(),
        TypeName.get(column.type()),
        converter == null ? column.kind() : null,
        constant,
        column.getter(),
        column.setter(),
        primaryKey,
        primaryKey && !compositeKey && column.kind() != null && column.kind().canBeGeneratedKey(),
        version,
        !primaryKey && !version && !column.isPrimitive() && column.nullable().value(),
        column.length().value(),
        column.precision().value(),
        column.scale().value(),
        defaultSql.isEmpty()
            ? null
            : defaultSql.equals(Column.NOW) ? ColumnDefault.NOW : ColumnDefault.sql(defaultSql),
        column.enumStorage().value().equals("ORDINAL"),
        converter == null ? null : ClassName.get(converter.converter()),
        column.storedKind(),
        converter == null ? TypeName.get(column.type()).box() : TypeName.get(converter.storedType()).box(),
        null,
        -1);
  }

  /**
   * A reference's foreign-key columns, one per part of the target's key, each of that part's kind
   * and length, always boxed, as a reference may be empty; never generated or defaulted.
   */
  private static List<ColumnModel> referenceColumnModels(RawColumn column, Set<String> taken) {
    List<RawRelation.KeyPart> key = column.relation().targetKey();
    List<String> names = column.columnNames();
    boolean primaryKey = column.primaryKey().value();
    List<ColumnModel> parts = new ArrayList<>(key.size());
    for (int i = 0; i < key.size(); i++) {
      RawRelation.KeyPart part = key.get(i);
      TypeName keyType = TypeName.get(part.type()).box();
      parts.add(new ColumnModel(
          column.property(),
          names.get(i),
          keyType,
          part.kind(),
          constantFor(Names.constantCase(names.get(i)), taken),
          column.getter(),
          column.setter(),
          primaryKey,
          false,
          false,
          !primaryKey && column.nullable().value(),
          part.length(),
          0,
          0,
          null,
          false,
          null,
          part.kind(),
          keyType,
          relationConstant(column.property()),
          key.size() > 1 ? i : -1));
    }
    return parts;
  }

  private TableSchema.Constraint unique(List<String> properties, String name) {
    return new TableSchema.Constraint(
        name.isEmpty() ? constraintName(properties, "key") : name, columnNames(properties));
  }

  private TableSchema.Index index(List<String> properties, String name, boolean unique) {
    return new TableSchema.Index(
        name.isEmpty() ? constraintName(properties, "idx") : name, columnNames(properties), unique);
  }

  private List<String> columnNames(List<String> properties) {
    return properties.stream().flatMap(property -> storedColumn(property).columnNames().stream()).toList();
  }

  private List<String> constructorProperties() {
    if (!immutable()) {
      return null;
    }
    if (record) {
      return storedProperties().stream().map(RawColumn::property).toList();
    }
    return allColumnsConstructor.getParameters().stream()
        .map(VariableElement::getSimpleName)
        .map(Object::toString)
        .toList();
  }
}
