package dev.kiln.processor.write;

import static dev.kiln.processor.write.GeneratedMethods.override;
import static dev.kiln.processor.write.GeneratedMethods.overrideDefault;
import static dev.kiln.processor.write.RuntimeTypes.COMPOSITE_KEY;
import static dev.kiln.processor.write.RuntimeTypes.PARAMS;
import static dev.kiln.processor.write.RuntimeTypes.ROW;
import static dev.kiln.processor.write.RuntimeTypes.SQL_EXCEPTION;
import static dev.kiln.processor.write.RuntimeTypes.TO_MANY;
import static dev.kiln.processor.write.RuntimeTypes.TO_ONE;
import static javax.lang.model.element.Modifier.PROTECTED;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.kiln.processor.model.ColumnModel;
import dev.kiln.processor.model.RelationModel;
import dev.kiln.processor.model.TableModel;
import java.util.List;
import java.util.function.Function;

/**
 * Renders the table methods that move a model object to and from JDBC without reflection: reading
 * it from a row, its key, its values, setting the columns Kiln writes into it, and binding them.
 * Each takes the model object under the name {@link TableWriter#objectName} gives it.
 */
final class RowMappingWriter {
  private RowMappingWriter() {}

  /**
   * Builds an immutable object through its constructor; fills a new mutable one by {@code
   * refresh}. A collection starts not loaded: a session loads it on first use.
   */
  static MethodSpec readMethod(TableModel model, String object) {
    ClassName modelClass = model.model();
    MethodSpec.Builder method =
        override("read").returns(modelClass).addParameter(ROW, "row").addException(SQL_EXCEPTION);
    if (!model.immutable()) {
      List<RelationModel> collections = model.relations().stream().filter(relation -> !relation.manyToOne()).toList();
      if (collections.isEmpty()) {
        return method.addStatement("return refresh(new $T(), row)", modelClass).build();
      }
      method.addStatement("$T $N = new $T()", modelClass, object, modelClass);
      for (RelationModel collection : collections) {
        CodeBlock stored = CodeBlock.of("$T.stored($L)", TO_MANY, holder(collection, object));
        method.addCode(
            collection.assignable()
                ? PropertyAccess.set(collection.property(), collection.writer(), object, stored)
                : CodeBlock.of("$L;\n", stored));
      }
      return method.addStatement("return refresh($N, row)", object).build();
    }
    List<ColumnModel> columns = model.columns();
    CodeBlock.Builder arguments = CodeBlock.builder();
    for (String property : model.constructorProperties()) {
      List<ColumnModel> parts = model.columnsOf(property);
      CodeBlock argument;
      if (parts.isEmpty()) {
        argument = CodeBlock.of("$T.stored()", TO_MANY);
      } else if (parts.get(0).isReference()) {
        argument = CodeBlock.of("$T.stored($L)", TO_ONE, PropertyAccess.readKey(parts, "row", columns.indexOf(parts.get(0)) + 1));
      } else {
        argument = PropertyAccess.read(parts.get(0), "row", columns.indexOf(parts.get(0)) + 1);
      }
      arguments.add(arguments.isEmpty() ? "\n$L" : ",\n$L", argument);
    }
    return method.addStatement("return new $T($L)", modelClass, arguments.build()).build();
  }

  /** {@code book.getAuthor()}: a relationship's holder. */
  private static CodeBlock holder(RelationModel relation, String object) {
    return PropertyAccess.property(relation.property(), relation.reader(), CodeBlock.of("$N", object));
  }

  /**
   * {@code related(author, relation)}: the holder of each relationship, by its place among the
   * table's relationships.
   */
  static MethodSpec relatedMethod(TableModel model, String object) {
    CodeBlock.Builder body = CodeBlock.builder().add("return switch (relation) {\n").indent();
    List<RelationModel> relations = model.relations();
    for (int i = 0; i < relations.size(); i++) {
      body.add("case $L -> $L;\n", i, holder(relations.get(i), object));
    }
    body.add("default -> super.related($N, relation);\n", object).unindent().add("};\n");
    return override("related")
        .returns(Object.class)
        .addParameter(model.model(), object)
        .addParameter(int.class, "relation")
        .addCode(body.build())
        .build();
  }

  /**
   * Sets every column of a mutable object from a row. An immutable model has none: {@code
   * TableDef}'s default reads a new object.
   */
  static MethodSpec refreshMethod(TableModel model, String object) {
    MethodSpec.Builder method =
        overrideDefault("refresh")
            .returns(model.model())
            .addParameter(model.model(), object)
            .addParameter(ROW, "row")
            .addException(SQL_EXCEPTION);
    List<ColumnModel> columns = model.columns();
    for (int i = 0; i < columns.size(); i++) {
      ColumnModel column = columns.get(i);
      if (!column.isReference()) {
        method.addCode(PropertyAccess.set(column, object, PropertyAccess.read(column, "row", i + 1)));
        continue;
      }
      if (column.referencePart() > 0) {
        continue; // read with the reference's first column
      }
      // The holder stays, loaded, unless the row now refers elsewhere.
      RelationModel relation = model.relation(column.property());
      CodeBlock value = PropertyAccess.readKey(model.columnsOf(column.property()), "row", i + 1);
      CodeBlock refreshed = CodeBlock.of("$N.refreshed($L, $L)", relation.constant(), holder(relation, object), value);
      method.addCode(
          relation.assignable() ? PropertyAccess.set(column, object, refreshed) : CodeBlock.of("$L;\n", refreshed));
    }
    return method.addStatement("return $N", object).build();
  }

  static MethodSpec keyMethod(TableModel model, String object) {
    MethodSpec.Builder method = override("key").returns(Object.class).addParameter(model.model(), object);
    List<ColumnModel> key = model.primaryKey();
    if (key.size() == 1) {
      CodeBlock value = PropertyAccess.get(key.get(0), object);
      if (key.get(0).isPrimitive() && key.get(0).generated()) {
        method.addComment("A primitive key of 0 has not been generated yet.");
        return method.addStatement("return $L == 0 ? null : $L", value, value).build();
      }
      return method.addStatement("return $L", value).build();
    }
    CodeBlock.Builder unset = CodeBlock.builder();
    CodeBlock.Builder parts = CodeBlock.builder();
    for (ColumnModel column : key) {
      CodeBlock value = PropertyAccess.get(column, object);
      if (!column.isPrimitive()) {
        unset.add(unset.isEmpty() ? "$L == null" : " || $L == null", value);
      }
      parts.add(parts.isEmpty() ? "$L" : ", $L", value);
    }
    if (unset.isEmpty()) {
      return method.addStatement("return $T.of($L)", COMPOSITE_KEY, parts.build()).build();
    }
    return method
        .addComment("A key with an unset part is no key yet.")
        .addStatement("return $L ? null : $T.of($L)", unset.build(), COMPOSITE_KEY, parts.build())
        .build();
  }

  static MethodSpec unsetDatabaseFilledMethod(TableModel model, String object) {
    MethodSpec.Builder method =
        overrideDefault("unsetDatabaseFilled").returns(long.class).addParameter(model.model(), object);
    List<ColumnModel> filled = model.databaseFilled();
    method.addStatement("long unset = 0");
    for (int bit = 0; bit < filled.size(); bit++) {
      ColumnModel column = filled.get(bit);
      method.beginControlFlow("if ($L == $L)", PropertyAccess.get(column, object), column.isPrimitive() ? "0" : "null")
          .addStatement("unset |= $L", bit(bit))
          .endControlFlow();
    }
    return method.addStatement("return unset").build();
  }

  /**
   * {@code with(user, column, value)}: sets one of the columns Kiln writes into objects, the
   * database-filled ones and the version, on a mutable object; builds a copy with it of an
   * immutable one. Any other column is the runtime's error.
   */
  static MethodSpec withMethod(TableModel model, String object) {
    ClassName modelClass = model.model();
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("with")
            .addAnnotation(Override.class)
            .addModifiers(PROTECTED)
            .returns(modelClass)
            .addParameter(modelClass, object)
            .addParameter(int.class, "column")
            .addParameter(Object.class, "value");
    List<ColumnModel> columns = model.columns();
    List<ColumnModel> settable = columns.stream().filter(c -> c.databaseFilled() || c.version()).toList();
    if (!model.immutable()) {
      CodeBlock.Builder body = CodeBlock.builder().add("switch (column) {\n").indent();
      for (ColumnModel column : settable) {
        body.add("case $L -> $L", columns.indexOf(column), PropertyAccess.set(column, object, valueAs(column)));
      }
      body.add("default -> super.with($N, column, value);\n", object).unindent().add("}\n");
      return method.addCode(body.build()).addStatement("return $N", object).build();
    }
    CodeBlock.Builder others = CodeBlock.builder();
    for (ColumnModel column : settable) {
      others.add(others.isEmpty() ? "column != $L" : " && column != $L", columns.indexOf(column));
    }
    return method
        .beginControlFlow("if ($L)", others.build())
        .addStatement("return super.with($N, column, value)", object)
        .endControlFlow()
        .addComment("An immutable object cannot change: return a copy with the value.")
        .addStatement(
            "return new $T($L)",
            modelClass,
            constructorArguments(
                model,
                object,
                property -> {
                  ColumnModel column = model.columnOrNull(property);
                  return column != null && settable.contains(column)
                      ? CodeBlock.of("column == $L ? $L : $L", columns.indexOf(column), valueAs(column), PropertyAccess.get(column, object))
                      : null;
                }))
        .build();
  }

  /**
   * {@code (Long) value}: the boxed value as the column's type; null, which clears a column,
   * becomes 0 for a primitive.
   */
  private static CodeBlock valueAs(ColumnModel column) {
    CodeBlock cast = CodeBlock.of("($T) value", column.javaType().box());
    if (!column.isPrimitive()) {
      return cast;
    }
    TypeName type = column.javaType();
    CodeBlock zero =
        type.equals(TypeName.BOOLEAN) ? CodeBlock.of("false")
            : type.equals(TypeName.INT) ? CodeBlock.of("0")
            : type.equals(TypeName.LONG) ? CodeBlock.of("0L")
            : CodeBlock.of("($T) 0", type);
    return CodeBlock.of("(value == null ? $L : $L)", zero, cast);
  }

  /**
   * The constructor's arguments for a copy of {@code object}: each property's {@code replacement},
   * or, where that is null, the object's own value.
   */
  private static CodeBlock constructorArguments(
      TableModel model, String object, Function<String, CodeBlock> replacement) {
    CodeBlock.Builder arguments = CodeBlock.builder();
    for (String property : model.constructorProperties()) {
      CodeBlock replaced = replacement.apply(property);
      RelationModel relation = model.relation(property);
      CodeBlock argument =
          replaced != null ? replaced
              : relation != null ? holder(relation, object)
              : PropertyAccess.get(model.column(property), object);
      arguments.add(arguments.isEmpty() ? "\n$L" : ",\n$L", argument);
    }
    return arguments.build();
  }

  /** The mask bit of a database-filled column: {@code 1L << 2}. */
  private static CodeBlock bit(int bit) {
    return CodeBlock.of("1L << $L", bit);
  }

  /** {@code values(user)}: every column's value, boxed, in declaration order. */
  static MethodSpec valuesMethod(TableModel model, String object) {
    CodeBlock.Builder values = CodeBlock.builder();
    for (ColumnModel column : model.columns()) {
      values.add(values.isEmpty() ? "\n$L" : ",\n$L", PropertyAccess.get(column, object));
    }
    return override("values")
        .returns(Object[].class)
        .addParameter(model.model(), object)
        .addStatement("return new $T[] {$L}", Object.class, values.build())
        .build();
  }

  static MethodSpec bindMethod(TableModel model, String object) {
    CodeBlock.Builder body = CodeBlock.builder().add("switch (column) {\n").indent();
    List<ColumnModel> columns = model.columns();
    CodeBlock index = CodeBlock.of("index");
    for (int i = 0; i < columns.size(); i++) {
      ColumnModel column = columns.get(i);
      body.add("case $L -> $L", i, PropertyAccess.bind(column, "params", index, PropertyAccess.get(column, object)));
    }
    body.add("default -> throw new $T(column);\n", IndexOutOfBoundsException.class).unindent().add("}\n");
    return override("bind")
        .addParameter(PARAMS, "params")
        .addParameter(int.class, "index")
        .addParameter(model.model(), object)
        .addParameter(int.class, "column")
        .addException(SQL_EXCEPTION)
        .addCode(body.build())
        .build();
  }

  static MethodSpec bindKeyMethod(TableModel model) {
    MethodSpec.Builder method =
        override("bindKey")
            .addParameter(PARAMS, "params")
            .addParameter(int.class, "index")
            .addParameter(Object.class, "key")
            .addException(SQL_EXCEPTION);
    List<ColumnModel> key = model.primaryKey();
    if (key.size() == 1) {
      ColumnModel column = key.get(0);
      return method
          .addCode(PropertyAccess.bind(column, "params", CodeBlock.of("index"), CodeBlock.of("($T) key", column.javaType().box())))
          .build();
    }
    method.addStatement("$T parts = ($T) key", COMPOSITE_KEY, COMPOSITE_KEY);
    for (int i = 0; i < key.size(); i++) {
      ColumnModel column = key.get(i);
      CodeBlock index = i == 0 ? CodeBlock.of("index") : CodeBlock.of("index + $L", i);
      method.addCode(
          PropertyAccess.bind(column, "params", index, CodeBlock.of("($T) parts.part($L)", column.javaType().box(), i)));
    }
    return method.build();
  }
}
