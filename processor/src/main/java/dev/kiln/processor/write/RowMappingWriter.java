package dev.kiln.processor.write;

import static dev.kiln.processor.write.GeneratedMethods.override;
import static dev.kiln.processor.write.GeneratedMethods.overrideDefault;
import static dev.kiln.processor.write.RuntimeTypes.COMPOSITE_KEY;
import static dev.kiln.processor.write.RuntimeTypes.PARAMS;
import static dev.kiln.processor.write.RuntimeTypes.ROW;
import static dev.kiln.processor.write.RuntimeTypes.SQL_EXCEPTION;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.kiln.processor.model.ColumnModel;
import dev.kiln.processor.model.TableModel;
import dev.kiln.processor.model.ValueKind;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Renders the table methods that move a model object to and from JDBC without reflection: reading
 * it from a row, its key, the columns the database fills in, its version, and binding its values.
 * Each takes the model object under the name {@link TableWriter#objectName} gives it.
 */
final class RowMappingWriter {
  private RowMappingWriter() {}

  /** Builds an immutable object through its constructor; fills a new mutable one by {@code refresh}. */
  static MethodSpec readMethod(TableModel model) {
    ClassName modelClass = model.model();
    MethodSpec.Builder method =
        override("read").returns(modelClass).addParameter(ROW, "row").addException(SQL_EXCEPTION);
    if (!model.immutable()) {
      return method.addStatement("return refresh(new $T(), row)", modelClass).build();
    }
    List<ColumnModel> columns = model.columns();
    CodeBlock.Builder arguments = CodeBlock.builder();
    for (String property : model.constructorProperties()) {
      ColumnModel column = model.column(property);
      arguments.add(arguments.isEmpty() ? "\n$L" : ",\n$L", PropertyAccess.read(column, "row", columns.indexOf(column) + 1));
    }
    return method.addStatement("return new $T($L)", modelClass, arguments.build()).build();
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
      method.addCode(PropertyAccess.set(column, object, PropertyAccess.read(column, "row", i + 1)));
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
        override("unsetDatabaseFilled").returns(long.class).addParameter(model.model(), object);
    List<ColumnModel> filled = model.databaseFilled();
    if (filled.isEmpty()) {
      return method.addComment("The database fills in no column of this table.").addStatement("return 0").build();
    }
    method.addStatement("long unset = 0");
    for (int bit = 0; bit < filled.size(); bit++) {
      ColumnModel column = filled.get(bit);
      method.beginControlFlow("if ($L == $L)", PropertyAccess.get(column, object), column.isPrimitive() ? "0" : "null")
          .addStatement("unset |= $L", bit(bit))
          .endControlFlow();
    }
    return method.addStatement("return unset").build();
  }

  static MethodSpec withDatabaseFilledMethod(TableModel model, String object) {
    ClassName modelClass = model.model();
    MethodSpec.Builder method =
        override("withDatabaseFilled")
            .returns(modelClass)
            .addParameter(modelClass, object)
            .addParameter(long.class, "filled")
            .addParameter(ROW, "row")
            .addException(SQL_EXCEPTION);
    List<ColumnModel> filled = model.databaseFilled();
    if (filled.isEmpty()) {
      return method.addComment("The database fills in no column of this table.").addStatement("return $N", object).build();
    }
    method.addComment("The filled columns come back in their order, from index 1.");
    method.addStatement("int index = 1");
    if (!model.immutable()) {
      for (int bit = 0; bit < filled.size(); bit++) {
        ColumnModel column = filled.get(bit);
        method.beginControlFlow("if ((filled & ($L)) != 0)", bit(bit))
            .addCode(PropertyAccess.set(column, object, PropertyAccess.read(column, "row", CodeBlock.of("index++"))))
            .endControlFlow();
      }
      return method.addStatement("return $N", object).build();
    }
    Set<String> taken = new HashSet<>(Set.of(object, "filled", "row", "index"));
    Map<String, String> locals = new HashMap<>();
    for (int bit = 0; bit < filled.size(); bit++) {
      ColumnModel column = filled.get(bit);
      String local = column.property();
      while (!taken.add(local)) {
        local = local + "Value";
      }
      locals.put(column.property(), local);
      method.addStatement(
          "$T $N = (filled & ($L)) != 0 ? $L : $L",
          column.javaType(), local, bit(bit),
          PropertyAccess.read(column, "row", CodeBlock.of("index++")), PropertyAccess.get(column, object));
    }
    return method
        .addComment("An immutable object cannot change: return a copy with the filled values.")
        .addStatement(
            "return new $T($L)",
            modelClass,
            constructorArguments(
                model,
                object,
                property -> locals.containsKey(property) ? CodeBlock.of("$N", locals.get(property)) : null))
        .build();
  }

  static MethodSpec clearDatabaseFilledMethod(TableModel model, String object) {
    MethodSpec.Builder method =
        override("clearDatabaseFilled").addParameter(model.model(), object).addParameter(long.class, "filled");
    List<ColumnModel> filled = model.databaseFilled();
    if (model.immutable()) {
      return method.addComment("An immutable object was never changed; its Ref forgets the filled copy instead.").build();
    }
    if (filled.isEmpty()) {
      return method.addComment("The database fills in no column of this table.").build();
    }
    for (int bit = 0; bit < filled.size(); bit++) {
      ColumnModel column = filled.get(bit);
      method.beginControlFlow("if ((filled & ($L)) != 0)", bit(bit))
          .addCode(PropertyAccess.set(column, object, CodeBlock.of(column.isPrimitive() ? "0" : "null")))
          .endControlFlow();
    }
    return method.build();
  }

  /** Sets the version on a mutable object; builds a copy with it for an immutable one. */
  static MethodSpec withVersionMethod(TableModel model, String object, ColumnModel version) {
    ClassName modelClass = model.model();
    MethodSpec.Builder method =
        overrideDefault("withVersion").returns(modelClass).addParameter(modelClass, object).addParameter(long.class, "version");
    CodeBlock value = versionValue(version, CodeBlock.of("version"));
    if (!model.immutable()) {
      return method.addCode(PropertyAccess.set(version, object, value)).addStatement("return $N", object).build();
    }
    return method
        .addComment("An immutable object cannot change: return a copy with the new version.")
        .addStatement(
            "return new $T($L)",
            modelClass,
            constructorArguments(model, object, property -> property.equals(version.property()) ? value : null))
        .build();
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
      CodeBlock argument = replaced != null ? replaced : PropertyAccess.get(model.column(property), object);
      arguments.add(arguments.isEmpty() ? "\n$L" : ",\n$L", argument);
    }
    return arguments.build();
  }

  /**
   * A {@code long} as the version field's type: {@code Math.toIntExact(version)} for an {@code int},
   * which fails rather than wraps around, and boxed explicitly for a box.
   */
  private static CodeBlock versionValue(ColumnModel version, CodeBlock value) {
    CodeBlock narrowed =
        version.kind() == ValueKind.INTEGER ? CodeBlock.of("$T.toIntExact($L)", Math.class, value) : value;
    return version.isPrimitive() ? narrowed : CodeBlock.of("$T.valueOf($L)", version.javaType(), narrowed);
  }

  /** The mask bit of a database-filled column: {@code 1L << 2}. */
  private static CodeBlock bit(int bit) {
    return CodeBlock.of("1L << $L", bit);
  }

  static MethodSpec valueMethod(TableModel model, String object) {
    CodeBlock.Builder body = CodeBlock.builder().add("return switch (column) {\n").indent();
    List<ColumnModel> columns = model.columns();
    for (int i = 0; i < columns.size(); i++) {
      body.add("case $L -> $L;\n", i, PropertyAccess.get(columns.get(i), object));
    }
    body.add("default -> throw new $T(column);\n", IndexOutOfBoundsException.class).unindent().add("};\n");
    return override("value")
        .returns(Object.class)
        .addParameter(model.model(), object)
        .addParameter(int.class, "column")
        .addCode(body.build())
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
