package dev.kiln.processor.write;

import static dev.kiln.processor.write.RuntimeTypes.COLUMN;
import static dev.kiln.processor.write.RuntimeTypes.COMPOSITE_KEY;
import static dev.kiln.processor.write.RuntimeTypes.EXPRESSION;
import static dev.kiln.processor.write.RuntimeTypes.LIST;
import static dev.kiln.processor.write.RuntimeTypes.NUMBER_COLUMN;
import static dev.kiln.processor.write.RuntimeTypes.OPTIONAL;
import static dev.kiln.processor.write.RuntimeTypes.PARAMS;
import static dev.kiln.processor.write.RuntimeTypes.ROW;
import static dev.kiln.processor.write.RuntimeTypes.SELECT;
import static dev.kiln.processor.write.RuntimeTypes.SQL_EXCEPTION;
import static dev.kiln.processor.write.RuntimeTypes.STRING_COLUMN;
import static dev.kiln.processor.write.RuntimeTypes.TABLE_DEF;
import static dev.kiln.processor.write.RuntimeTypes.VALUE_TYPE;
import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.kiln.processor.model.ColumnModel;
import dev.kiln.processor.model.GeneratedNames;
import dev.kiln.processor.model.ProjectionModel;
import dev.kiln.processor.model.TableModel;
import dev.kiln.processor.model.ValueKind;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.SourceVersion;

/** Renders {@code <Model>Table}: column constants, the table's schema, and the row mapping. */
public final class TableWriter {
  /** Parameter names generated methods use, which the model variable must not shadow. */
  private static final Set<String> PARAMETER_NAMES =
      Set.of("row", "params", "index", "column", "key", "filled", "parts", "changed", "version");

  private final GeneratedCode generatedCode;

  public TableWriter(GeneratedCode generatedCode) {
    this.generatedCode = generatedCode;
  }

  public JavaFile write(TableModel model) {
    ClassName tableClass = model.tableClass();
    ClassName modelClass = model.model();
    TypeSpec.Builder type =
        generatedCode
            .publicFinalClass(tableClass)
            .superclass(ParameterizedTypeName.get(TABLE_DEF, modelClass))
            .addJavadoc(
                "The {@code $L} table of {@link $T}: typed column constants for queries, the table's\n"
                    + "schema, and the code that moves a {@code $T} to and from JDBC without reflection.\n",
                model.name(), modelClass, modelClass);
    type.addField(
        FieldSpec.builder(tableClass, GeneratedNames.TABLE, PUBLIC, STATIC, FINAL)
            .addJavadoc("The table; pass it to {@code Session.get} and the like.\n")
            .initializer("new $T()", tableClass)
            .build());
    addValueTypes(type, model);
    addColumns(type, model);
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addModifiers(PRIVATE)
            .addStatement("super($S, $T.class)", model.name(), modelClass)
            .build());
    String object = objectName(modelClass);
    if (model.primaryKey().size() > 1) {
      type.addMethod(compositeKeyFactory(model));
    }
    type.addMethod(columnLookup(model));
    for (ProjectionModel projection : model.projections()) {
      type.addMethod(projectionReader(projection)).addMethod(projectionSelect(model, projection));
    }
    type.addMethod(listMethod(model, "columns", GeneratedNames.COLUMNS))
        .addMethod(listMethod(model, "primaryKey", GeneratedNames.PRIMARY_KEY))
        .addMethod(generatesKeyMethod(model))
        .addMethod(listMethod(model, "databaseFilled", GeneratedNames.DATABASE_FILLED));
    ColumnModel version = model.version();
    if (version != null) {
      type.addMethod(versionColumnMethod(model, version));
    }
    type.addMethod(SchemaWriter.schemaMethod(model))
        .addMethod(readMethod(model))
        .addMethod(refreshMethod(model, object))
        .addMethod(keyMethod(model, object))
        .addMethod(unsetDatabaseFilledMethod(model, object))
        .addMethod(withDatabaseFilledMethod(model, object))
        .addMethod(clearDatabaseFilledMethod(model, object));
    if (version != null) {
      type.addMethod(withVersionMethod(model, object, version));
    }
    type.addMethod(valueMethod(model, object))
        .addMethod(SnapshotWriter.snapshotMethod(model, object))
        .addMethod(bindMethod(model, object))
        .addMethod(bindKeyMethod(model))
        .addType(SnapshotWriter.snapshotClass(model, object));
    return GeneratedCode.file(tableClass.packageName(), type.build());
  }

  /** The value types of enum, converted and fixed-precision columns, created once. */
  private static void addValueTypes(TypeSpec.Builder type, TableModel model) {
    for (ColumnModel column : model.columns()) {
      if (!column.hasOwnValueType()) {
        continue;
      }
      TypeName javaType = column.javaType().box();
      FieldSpec.Builder field =
          FieldSpec.builder(ParameterizedTypeName.get(VALUE_TYPE, javaType), PropertyAccess.valueType(column), PRIVATE, STATIC, FINAL);
      String simpleName = javaType instanceof ClassName named ? named.simpleName() : javaType.toString();
      if (column.isEnum()) {
        field.addJavadoc("{@code $T} values, stored by constant $L.\n", javaType, column.enumByOrdinal() ? "ordinal" : "name");
        field.initializer(
            column.enumByOrdinal() ? "$T.enumByOrdinal($S, $T.values())" : "$T.enumByName($S, $T::valueOf)",
            VALUE_TYPE, simpleName, javaType);
      } else if (column.converter() != null) {
        field.addJavadoc("{@code $T} values, stored as {@code $T} by {@link $T}.\n", javaType, column.storedType(), column.converter());
        field.initializer("$T.converted($S, $L, new $T())", VALUE_TYPE, simpleName, storedValueType(column), column.converter());
      } else {
        field.addJavadoc("Numbers of at most $L digits, $L after the point.\n", column.precision(), column.scale());
        field.initializer("$L", storedValueType(column));
      }
      type.addField(field.build());
    }
  }

  /** The value type of what is stored: a shared constant, or one with the column's precision. */
  private static CodeBlock storedValueType(ColumnModel column) {
    if (column.hasPrecision()) {
      return column.storedKind() == ValueKind.BIG_INTEGER
          ? CodeBlock.of("$T.bigInteger($L)", VALUE_TYPE, column.precision())
          : CodeBlock.of("$T.decimal($L, $L)", VALUE_TYPE, column.precision(), column.scale());
    }
    return CodeBlock.of("$T.$N", VALUE_TYPE, column.storedKind().valueTypeConstant());
  }

  private static void addColumns(TypeSpec.Builder type, TableModel model) {
    ClassName modelClass = model.model();
    List<ColumnModel> columns = model.columns();
    for (int i = 0; i < columns.size(); i++) {
      ColumnModel column = columns.get(i);
      FieldSpec.Builder field;
      if (column.kind() == ValueKind.STRING) {
        field =
            FieldSpec.builder(ParameterizedTypeName.get(STRING_COLUMN, modelClass), column.constant(), PUBLIC, STATIC, FINAL)
                .initializer("new $T<>($N, $L, $S)", STRING_COLUMN, GeneratedNames.TABLE, i, column.name());
      } else {
        CodeBlock valueType =
            column.hasOwnValueType()
                ? CodeBlock.of("$N", PropertyAccess.valueType(column))
                : CodeBlock.of("$T.$N", VALUE_TYPE, column.kind().valueTypeConstant());
        boolean numeric = column.kind() != null && column.kind().isNumber();
        ClassName columnClass = numeric ? NUMBER_COLUMN : COLUMN;
        TypeName fieldType =
            numeric
                ? ParameterizedTypeName.get(NUMBER_COLUMN, modelClass, column.javaType().box())
                : ParameterizedTypeName.get(COLUMN, modelClass, column.javaType().box());
        field =
            FieldSpec.builder(fieldType, column.constant(), PUBLIC, STATIC, FINAL)
                .initializer("new $T<>($N, $L, $S, $L)", columnClass, GeneratedNames.TABLE, i, column.name(), valueType);
      }
      type.addField(field.addJavadoc("$L\n", describe(column)).build());
    }
    type.addField(columnList(modelClass, GeneratedNames.COLUMNS, columns));
    type.addField(columnList(modelClass, GeneratedNames.PRIMARY_KEY, model.primaryKey()));
    type.addField(columnList(modelClass, GeneratedNames.DATABASE_FILLED, model.databaseFilled()));
  }

  private static FieldSpec columnList(ClassName modelClass, String name, List<ColumnModel> columns) {
    CodeBlock.Builder list = CodeBlock.builder().add("$T.of(", LIST);
    for (int i = 0; i < columns.size(); i++) {
      list.add(i == 0 ? "$N" : ", $N", columns.get(i).constant());
    }
    return FieldSpec.builder(columnListType(modelClass), name, PRIVATE, STATIC, FINAL)
        .initializer(list.add(")").build())
        .build();
  }

  /** {@code Column {@code "username"}: String, unique, not null.} */
  private static String describe(ColumnModel column) {
    StringBuilder text = new StringBuilder("Column {@code ").append(column.name()).append("}: ");
    TypeName type = column.javaType();
    text.append(type instanceof ClassName named ? named.simpleName() : type.toString());
    if (column.length() > 0) {
      text.append(", at most ").append(column.length()).append(" characters");
    }
    if (column.hasPrecision()) {
      text.append(", NUMERIC(").append(column.precision()).append(", ").append(column.scale()).append(')');
    }
    if (column.primaryKey()) {
      text.append(column.generated() ? ", the primary key, generated by the database" : ", part of the primary key");
    }
    if (column.version()) {
      text.append(", the version, counting the row's updates");
    }
    if (!column.nullable() && !column.primaryKey()) {
      text.append(", not null");
    }
    if (column.defaultValue() != null) {
      text.append(column.defaultValue().isNow()
          ? ", the time of the insert by default"
          : ", by default {@code " + column.defaultValue().sql() + "}");
    }
    return text.append('.').toString();
  }

  private static MethodSpec listMethod(TableModel model, String name, String constant) {
    return override(name).returns(columnListType(model.model())).addStatement("return $N", constant).build();
  }

  private static MethodSpec generatesKeyMethod(TableModel model) {
    return override("generatesKey").returns(boolean.class).addStatement("return $L", model.generatesKey()).build();
  }

  /** {@code key(userId, roleId)}: a composite key, to pass to {@code Session.get} and the like. */
  private static MethodSpec compositeKeyFactory(TableModel model) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("key")
            .addJavadoc("The key of the row with these values, to pass to {@code Session.get} and the like.\n")
            .addModifiers(PUBLIC, STATIC)
            .returns(COMPOSITE_KEY);
    CodeBlock.Builder parts = CodeBlock.builder();
    for (ColumnModel column : model.primaryKey()) {
      method.addParameter(column.javaType(), column.property());
      parts.add(parts.isEmpty() ? "$N" : ", $N", column.property());
    }
    return method.addStatement("return $T.of($L)", COMPOSITE_KEY, parts.build()).build();
  }

  private static MethodSpec readMethod(TableModel model) {
    ClassName modelClass = model.model();
    MethodSpec.Builder method =
        override("read").returns(modelClass).addParameter(ROW, "row").addException(SQL_EXCEPTION);
    List<ColumnModel> columns = model.columns();
    if (model.immutable()) {
      CodeBlock.Builder arguments = CodeBlock.builder();
      for (String property : model.constructorProperties()) {
        ColumnModel column = model.column(property);
        arguments.add(arguments.isEmpty() ? "\n$L" : ",\n$L", PropertyAccess.read(column, "row", columns.indexOf(column) + 1));
      }
      return method.addStatement("return new $T($L)", modelClass, arguments.build()).build();
    }
    String object = objectName(modelClass);
    method.addStatement("$T $N = new $T()", modelClass, object, modelClass);
    for (int i = 0; i < columns.size(); i++) {
      ColumnModel column = columns.get(i);
      method.addCode(PropertyAccess.set(column, object, PropertyAccess.read(column, "row", i + 1)));
    }
    return method.addStatement("return $N", object).build();
  }

  /** {@code column("username")}: a column named at run time, such as a sort key from a request. */
  private static MethodSpec columnLookup(TableModel model) {
    return MethodSpec.methodBuilder("column")
        .addJavadoc(
            "The column with this name, if the table has one: the safe way to use a column named in\n"
                + "user input, such as a sort key from a request. No string ever becomes SQL.\n")
        .addModifiers(PUBLIC, STATIC)
        .returns(ParameterizedTypeName.get(OPTIONAL, columnType(model.model())))
        .addParameter(String.class, "name")
        .addStatement("return $N.findColumn(name)", GeneratedNames.TABLE)
        .build();
  }

  /** {@code readSummary(row)}: a projection record from its columns, in order, from index 1. */
  private static MethodSpec projectionReader(ProjectionModel projection) {
    CodeBlock.Builder arguments = CodeBlock.builder();
    List<ColumnModel> columns = projection.columns();
    for (int i = 0; i < columns.size(); i++) {
      arguments.add(i == 0 ? "\n$L" : ",\n$L", PropertyAccess.read(columns.get(i), "row", i + 1));
    }
    return MethodSpec.methodBuilder(projection.readMethod())
        .addJavadoc("Reads a {@link $T} from a row holding its columns, in order, from index 1.\n", projection.type())
        .addModifiers(PUBLIC, STATIC)
        .returns(projection.type())
        .addParameter(ROW, "row")
        .addException(SQL_EXCEPTION)
        .addStatement("return new $T($L)", projection.type(), arguments.build())
        .build();
  }

  /** {@code selectSummary()}: a core select of the projection's columns. */
  private static MethodSpec projectionSelect(TableModel model, ProjectionModel projection) {
    return MethodSpec.methodBuilder(projection.selectMethod())
        .addJavadoc(
            "Selects every row's {@link $T} columns; run it with {@code connection.execute(...)}.\n",
            projection.type())
        .addModifiers(PUBLIC, STATIC)
        .returns(ParameterizedTypeName.get(SELECT, model.model(), projection.type()))
        .addStatement(
            "return $T.of($N, null, $L, $T::$N)",
            SELECT, GeneratedNames.TABLE, projectionColumns(model, projection, false), model.tableClass(),
            projection.readMethod())
        .build();
  }

  /** {@code List.<Expression<User, ?>>of(USERNAME, AGE)}, qualified by the table class when asked. */
  static CodeBlock projectionColumns(TableModel model, ProjectionModel projection, boolean qualified) {
    CodeBlock.Builder columns = CodeBlock.builder();
    for (ColumnModel column : projection.columns()) {
      CodeBlock constant =
          qualified ? CodeBlock.of("$T.$N", model.tableClass(), column.constant()) : CodeBlock.of("$N", column.constant());
      columns.add(columns.isEmpty() ? "$L" : ", $L", constant);
    }
    TypeName expression = ParameterizedTypeName.get(EXPRESSION, model.model(), WildcardTypeName.subtypeOf(Object.class));
    return CodeBlock.of("$T.<$T>of($L)", LIST, expression, columns.build());
  }

  private static MethodSpec refreshMethod(TableModel model, String object) {
    MethodSpec.Builder method =
        override("refresh")
            .returns(model.model())
            .addParameter(model.model(), object)
            .addParameter(ROW, "row")
            .addException(SQL_EXCEPTION);
    if (model.immutable()) {
      return method
          .addComment("An immutable object cannot change: read a new one.")
          .addStatement("return read(row)")
          .build();
    }
    List<ColumnModel> columns = model.columns();
    for (int i = 0; i < columns.size(); i++) {
      ColumnModel column = columns.get(i);
      method.addCode(PropertyAccess.set(column, object, PropertyAccess.read(column, "row", i + 1)));
    }
    return method.addStatement("return $N", object).build();
  }

  private static MethodSpec keyMethod(TableModel model, String object) {
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

  private static MethodSpec unsetDatabaseFilledMethod(TableModel model, String object) {
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

  private static MethodSpec withDatabaseFilledMethod(TableModel model, String object) {
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

  private static MethodSpec clearDatabaseFilledMethod(TableModel model, String object) {
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

  private static MethodSpec versionColumnMethod(TableModel model, ColumnModel version) {
    return overrideDefault("versionColumn").returns(columnType(model.model())).addStatement("return $N", version.constant()).build();
  }

  /** Sets the version on a mutable object; builds a copy with it for an immutable one. */
  private static MethodSpec withVersionMethod(TableModel model, String object, ColumnModel version) {
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

  private static MethodSpec valueMethod(TableModel model, String object) {
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

  private static MethodSpec bindMethod(TableModel model, String object) {
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

  private static MethodSpec bindKeyMethod(TableModel model) {
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

  private static MethodSpec.Builder override(String name) {
    return MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(PUBLIC);
  }

  /**
   * Overrides a method {@code TableDef} implements for tables without the feature. ECJ warns
   * ("super", on in {@code -warn:all}) about an override of a concrete method that does not call
   * it; calling the default makes no sense here, and javac ignores the token.
   */
  private static MethodSpec.Builder overrideDefault(String name) {
    return override(name).addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "super").build());
  }

  private static TypeName columnType(ClassName modelClass) {
    return ParameterizedTypeName.get(COLUMN, modelClass, WildcardTypeName.subtypeOf(Object.class));
  }

  private static TypeName columnListType(ClassName modelClass) {
    return ParameterizedTypeName.get(LIST, columnType(modelClass));
  }

  /** {@code user} for {@code User}, unless that would shadow a parameter of a generated method. */
  static String objectName(ClassName modelClass) {
    String simple = modelClass.simpleName();
    String name = Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
    return PARAMETER_NAMES.contains(name) || SourceVersion.isKeyword(name) ? "entity" : name;
  }
}
