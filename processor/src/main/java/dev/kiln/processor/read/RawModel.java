package dev.kiln.processor.read;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.kiln.processor.model.ColumnModel;
import dev.kiln.processor.model.GeneratedNames;
import dev.kiln.processor.model.Names;
import dev.kiln.processor.model.TableModel;
import dev.kiln.processor.model.ValueKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * What the source says about one {@code @Table} type, before any rule is checked.
 *
 * @param annotation the type's {@code @Table}
 * @param record whether the type is a record
 * @param columns every instance field (or record component), in declaration order
 */
public record RawModel(
    TypeElement type,
    AnnotationMirror annotation,
    Explicit<String> name,
    boolean record,
    List<RawColumn> columns) {

  /** The table's name: the one written in {@code @Table(name)}, else the class's in snake_case. */
  public String tableName() {
    return name.value().isEmpty() ? Names.snakeCase(type.getSimpleName().toString()) : name.value();
  }

  /** The stored columns: every field but static and transient ones. */
  public List<RawColumn> storedColumns() {
    return columns.stream().filter(column -> !column.excluded()).toList();
  }

  /** The model, once the checker has found nothing wrong with this. */
  public TableModel toTableModel() {
    List<RawColumn> stored = storedColumns();
    Set<String> taken = new HashSet<>(GeneratedNames.TABLE_MEMBERS);
    for (RawColumn column : stored) {
      if (column.kind() == ValueKind.ENUM) {
        taken.add(GeneratedNames.enumTypeConstant(Names.constantCase(column.property())));
      }
    }
    List<ColumnModel> columns = new ArrayList<>(stored.size());
    for (RawColumn column : stored) {
      String constant = Names.constantCase(column.property());
      while (!taken.add(constant)) {
        constant = constant + "_COLUMN";
      }
      boolean primaryKey = column.primaryKey().value();
      columns.add(
          new ColumnModel(
              column.property(),
              column.columnName(),
              TypeName.get(column.type()),
              column.kind(),
              constant,
              column.getter(),
              column.setter(),
              primaryKey,
              primaryKey && column.kind().canBeGeneratedKey(),
              column.unique().value(),
              !primaryKey && !column.isPrimitive() && column.nullable().value(),
              column.length().value()));
    }
    return new TableModel(ClassName.get(type), tableName(), record, columns);
  }
}
