package dev.kiln.processor.write;

import static dev.kiln.processor.write.RuntimeTypes.COLUMN;
import static dev.kiln.processor.write.RuntimeTypes.DIALECT;
import static dev.kiln.processor.write.RuntimeTypes.LIST;
import static dev.kiln.processor.write.RuntimeTypes.PARAMS;
import static dev.kiln.processor.write.RuntimeTypes.ROW;
import static dev.kiln.processor.write.RuntimeTypes.SQL_EXCEPTION;
import static dev.kiln.processor.write.RuntimeTypes.STRING_COLUMN;
import static dev.kiln.processor.write.RuntimeTypes.TABLE_DEF;
import static dev.kiln.processor.write.RuntimeTypes.VALUE_TYPE;
import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.kiln.dialect.Dialect;
import dev.kiln.processor.model.ColumnModel;
import dev.kiln.processor.model.GeneratedNames;
import dev.kiln.processor.model.TableModel;
import dev.kiln.processor.model.ValueKind;
import dev.kiln.schema.TableSchema;
import java.util.List;
import java.util.Set;
import javax.lang.model.SourceVersion;

/** Renders {@code <Model>Table}: column constants, DDL per dialect, and the row mapping. */
public final class TableWriter {
  /** Parameter names generated methods use, which the model variable must not shadow. */
  private static final Set<String> PARAMETER_NAMES =
      Set.of("row", "params", "index", "column", "key", "dialect");

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
                    + "DDL, and the code that moves a {@code $T} to and from JDBC without reflection.\n",
                model.name(), modelClass, modelClass);
    type.addField(
        FieldSpec.builder(tableClass, GeneratedNames.TABLE, PUBLIC, STATIC, FINAL)
            .addJavadoc("The table; pass it to {@code Session.get} and the like.\n")
            .initializer("new $T()", tableClass)
            .build());
    addEnumTypes(type, model);
    addColumns(type, model);
    addDdl(type, model);
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addModifiers(PRIVATE)
            .addStatement("super($S, $T.class)", model.name(), modelClass)
            .build());
    String object = objectName(modelClass);
    type.addMethod(columnsMethod(model))
        .addMethod(primaryKeyMethod(model))
        .addMethod(generatesKeyMethod(model))
        .addMethod(ddlMethod("createTableSql", "CREATE"))
        .addMethod(ddlMethod("dropTableSql", "DROP"))
        .addMethod(readMethod(model))
        .addMethod(keyMethod(model, object))
        .addMethod(withGeneratedKeyMethod(model, object))
        .addMethod(clearGeneratedKeyMethod(model, object))
        .addMethod(valueMethod(model, object))
        .addMethod(bindMethod(model, object))
        .addMethod(bindKeyMethod(model));
    return GeneratedCode.file(tableClass.packageName(), type.build());
  }

  private static void addEnumTypes(TypeSpec.Builder type, TableModel model) {
    for (ColumnModel column : model.columns()) {
      if (column.kind() == ValueKind.ENUM) {
        TypeName enumType = column.javaType();
        type.addField(
            FieldSpec.builder(
                    ParameterizedTypeName.get(VALUE_TYPE, enumType),
                    PropertyAccess.enumType(column),
                    PRIVATE, STATIC, FINAL)
                .addJavadoc("{@code $T} values, stored by constant name.\n", enumType)
                .initializer("$T.enumByName($S, $T::valueOf)", VALUE_TYPE, ((ClassName) enumType).simpleName(), enumType)
                .build());
      }
    }
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
            column.kind() == ValueKind.ENUM
                ? CodeBlock.of("$N", PropertyAccess.enumType(column))
                : CodeBlock.of("$T.$N", VALUE_TYPE, column.kind().valueTypeConstant());
        field =
            FieldSpec.builder(
                    ParameterizedTypeName.get(COLUMN, modelClass, column.javaType().box()),
                    column.constant(), PUBLIC, STATIC, FINAL)
                .initializer("new $T<>($N, $L, $S, $L)", COLUMN, GeneratedNames.TABLE, i, column.name(), valueType);
      }
      type.addField(field.addJavadoc("$L\n", describe(column)).build());
    }
    CodeBlock.Builder list = CodeBlock.builder().add("$T.of(", LIST);
    for (int i = 0; i < columns.size(); i++) {
      list.add(i == 0 ? "$N" : ", $N", columns.get(i).constant());
    }
    type.addField(
        FieldSpec.builder(columnListType(modelClass), GeneratedNames.COLUMNS, PRIVATE, STATIC, FINAL)
            .initializer(list.add(")").build())
            .build());
  }

  /** {@code Column {@code "username"}: String, unique, not null.} */
  private static String describe(ColumnModel column) {
    StringBuilder text = new StringBuilder("Column {@code ").append(column.name()).append("}: ");
    TypeName type = column.javaType();
    text.append(type instanceof ClassName named ? named.simpleName() : type.toString());
    if (column.length() > 0) {
      text.append(", at most ").append(column.length()).append(" characters");
    }
    if (column.primaryKey()) {
      text.append(column.generated() ? ", the primary key, generated by the database" : ", the primary key");
    }
    if (column.unique()) {
      text.append(", unique");
    }
    if (!column.nullable() && !column.primaryKey()) {
      text.append(", not null");
    }
    return text.append('.').toString();
  }

  private static void addDdl(TypeSpec.Builder type, TableModel model) {
    TableSchema schema = model.schema();
    for (Dialect dialect : Dialect.all()) {
      String kind = dialect.kind().name();
      type.addField(
          FieldSpec.builder(String.class, GeneratedNames.ddlConstant(kind, "CREATE"), PRIVATE, STATIC, FINAL)
              .initializer("$S", dialect.createTableSql(schema))
              .build());
      type.addField(
          FieldSpec.builder(String.class, GeneratedNames.ddlConstant(kind, "DROP"), PRIVATE, STATIC, FINAL)
              .initializer("$S", dialect.dropTableSql(schema))
              .build());
    }
  }

  private static MethodSpec ddlMethod(String name, String statement) {
    CodeBlock.Builder body = CodeBlock.builder().add("return switch (dialect.kind()) {\n").indent();
    for (Dialect dialect : Dialect.all()) {
      String kind = dialect.kind().name();
      body.add("case $N -> $N;\n", kind, GeneratedNames.ddlConstant(kind, statement));
    }
    body.unindent().add("};\n");
    return override(name).returns(String.class).addParameter(DIALECT, "dialect").addCode(body.build()).build();
  }

  private static MethodSpec columnsMethod(TableModel model) {
    return override("columns")
        .returns(columnListType(model.model()))
        .addStatement("return $N", GeneratedNames.COLUMNS)
        .build();
  }

  private static MethodSpec primaryKeyMethod(TableModel model) {
    return override("primaryKey")
        .returns(columnType(model.model()))
        .addStatement("return $N", model.primaryKey().constant())
        .build();
  }

  private static MethodSpec generatesKeyMethod(TableModel model) {
    return override("generatesKey").returns(boolean.class).addStatement("return $L", model.primaryKey().generated()).build();
  }

  private static MethodSpec readMethod(TableModel model) {
    ClassName modelClass = model.model();
    MethodSpec.Builder method =
        override("read").returns(modelClass).addParameter(ROW, "row").addException(SQL_EXCEPTION);
    List<ColumnModel> columns = model.columns();
    if (model.record()) {
      CodeBlock.Builder arguments = CodeBlock.builder();
      for (int i = 0; i < columns.size(); i++) {
        arguments.add(i == 0 ? "\n$L" : ",\n$L", PropertyAccess.read(columns.get(i), "row", i + 1));
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

  private static MethodSpec keyMethod(TableModel model, String object) {
    ColumnModel key = model.primaryKey();
    MethodSpec.Builder method = override("key").returns(Object.class).addParameter(model.model(), object);
    CodeBlock value = PropertyAccess.get(key, object);
    if (key.isPrimitive() && key.generated()) {
      method.addComment("A primitive key of 0 has not been generated yet.");
      method.addStatement("return $L == 0 ? null : $L", value, value);
    } else {
      method.addStatement("return $L", value);
    }
    return method.build();
  }

  private static MethodSpec withGeneratedKeyMethod(TableModel model, String object) {
    ClassName modelClass = model.model();
    MethodSpec.Builder method =
        override("withGeneratedKey")
            .returns(modelClass)
            .addParameter(modelClass, object)
            .addParameter(ROW, "row")
            .addException(SQL_EXCEPTION);
    ColumnModel key = model.primaryKey();
    if (!key.generated()) {
      return method
          .addStatement(
              "throw new $T($S)",
              UnsupportedOperationException.class,
              "The database does not generate " + model.name() + " keys")
          .build();
    }
    CodeBlock generatedKey = PropertyAccess.read(key, "row", 1);
    if (!model.record()) {
      return method.addCode(PropertyAccess.set(key, object, generatedKey)).addStatement("return $N", object).build();
    }
    CodeBlock.Builder arguments = CodeBlock.builder();
    for (ColumnModel column : model.columns()) {
      arguments.add(arguments.isEmpty() ? "\n$L" : ",\n$L", column.primaryKey() ? generatedKey : PropertyAccess.get(column, object));
    }
    return method
        .addComment("A record cannot change: return a copy that carries the key.")
        .addStatement("return new $T($L)", modelClass, arguments.build())
        .build();
  }

  private static MethodSpec clearGeneratedKeyMethod(TableModel model, String object) {
    MethodSpec.Builder method = override("clearGeneratedKey").addParameter(model.model(), object);
    ColumnModel key = model.primaryKey();
    if (model.record()) {
      return method.addComment("A record was never given the key; its Ref forgets the keyed copy instead.").build();
    }
    if (!key.generated()) {
      return method.addComment("Keys of this table are never generated.").build();
    }
    return method.addCode(PropertyAccess.set(key, object, CodeBlock.of(key.isPrimitive() ? "0" : "null"))).build();
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
    for (int i = 0; i < columns.size(); i++) {
      ColumnModel column = columns.get(i);
      body.add("case $L -> $L", i, PropertyAccess.bind(column, "params", "index", PropertyAccess.get(column, object)));
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
    ColumnModel key = model.primaryKey();
    return override("bindKey")
        .addParameter(PARAMS, "params")
        .addParameter(int.class, "index")
        .addParameter(Object.class, "key")
        .addException(SQL_EXCEPTION)
        .addCode(PropertyAccess.bind(key, "params", "index", CodeBlock.of("($T) key", key.javaType().box())))
        .build();
  }

  private static MethodSpec.Builder override(String name) {
    return MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(PUBLIC);
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
