package dev.kiln.processor.write;

import static dev.kiln.processor.write.RuntimeTypes.COLUMN;
import static dev.kiln.processor.write.RuntimeTypes.COMPOSITE_KEY;
import static dev.kiln.processor.write.RuntimeTypes.EXPRESSION;
import static dev.kiln.processor.write.RuntimeTypes.LIST;
import static dev.kiln.processor.write.RuntimeTypes.MANY_TO_MANY;
import static dev.kiln.processor.write.RuntimeTypes.MANY_TO_ONE;
import static dev.kiln.processor.write.RuntimeTypes.NUMBER_COLUMN;
import static dev.kiln.processor.write.RuntimeTypes.ONE_TO_MANY;
import static dev.kiln.processor.write.RuntimeTypes.OPTIONAL;
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
import dev.kiln.processor.model.Names;
import dev.kiln.processor.model.ProjectionModel;
import dev.kiln.processor.model.RelationModel;
import dev.kiln.processor.model.TableModel;
import dev.kiln.processor.model.ValueKind;
import java.util.List;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Renders {@code <Model>Table}: the column constants, the lookup of a column by name and the
 * projections, with the schema ({@link SchemaWriter}) and the row mapping ({@link
 * RowMappingWriter}) rendered by their own writers. What is not model-specific is the runtime's
 * {@code TableDef}, which derives the key, the database-filled columns and the version from the
 * schema.
 */
public final class TableWriter {
  /** Parameter names generated methods use, which the model variable must not shadow. */
  private static final Set<String> PARAMETER_NAMES =
      Set.of("row", "params", "index", "column", "key", "parts", "value");

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
    addRelations(type, model);
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(PRIVATE);
    if (model.finalValues()) {
      constructor
          .addComment("Its values never change: a session keeps the object itself to compare with.")
          .addStatement("super($S, $T.class, true)", model.name(), modelClass);
    } else {
      constructor.addStatement("super($S, $T.class)", model.name(), modelClass);
    }
    type.addMethod(constructor.build());
    String object = objectName(modelClass);
    if (model.primaryKey().size() > 1) {
      type.addMethod(compositeKeyFactory(model));
    }
    type.addMethod(columnLookup(model));
    for (ProjectionModel projection : model.projections()) {
      type.addMethod(projectionReader(projection)).addMethod(projectionSelect(model, projection));
    }
    type.addMethod(SchemaWriter.schemaMethod(model))
        .addMethod(RowMappingWriter.readMethod(model, object));
    if (!model.immutable()) {
      type.addMethod(RowMappingWriter.refreshMethod(model, object));
    }
    type.addMethod(RowMappingWriter.keyMethod(model, object));
    if (!model.databaseFilled().isEmpty()) {
      type.addMethod(RowMappingWriter.unsetDatabaseFilledMethod(model, object));
    }
    type.addMethod(RowMappingWriter.valuesMethod(model, object));
    if (!model.databaseFilled().isEmpty() || model.version() != null) {
      type.addMethod(RowMappingWriter.withMethod(model, object));
    }
    type.addMethod(RowMappingWriter.bindMethod(model, object))
        .addMethod(RowMappingWriter.bindKeyMethod(model));
    if (!model.relations().isEmpty()) {
      type.addMethod(RowMappingWriter.relatedMethod(model, object));
    }
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
  }

  /**
   * The relationship constants, after the columns a reference names: {@code AUTHOR = new
   * ManyToOne<>(TABLE, 0, "author", AUTHOR_ID, () -> AuthorTable.TABLE)}. The other side is named
   * through a lambda, as two tables that refer to each other cannot both initialize first.
   */
  private static void addRelations(TypeSpec.Builder type, TableModel model) {
    ClassName modelClass = model.model();
    List<RelationModel> relations = model.relations();
    for (int i = 0; i < relations.size(); i++) {
      RelationModel relation = relations.get(i);
      ClassName target = relation.target();
      FieldSpec.Builder field = switch (relation.kind()) {
        case MANY_TO_ONE ->
            FieldSpec.builder(ParameterizedTypeName.get(MANY_TO_ONE, modelClass, target), relation.constant(), PUBLIC, STATIC, FINAL)
                .addJavadoc("The reference to {@link $T} held in {@code $L}, through $L.\n",
                    target, relation.property(), columnLinks(relation.foreignKeyConstants()))
                .initializer("new $T<>($N, $L, $S, () -> $T.$N, $L)",
                    MANY_TO_ONE, GeneratedNames.TABLE, i, relation.property(), relation.targetTable(), GeneratedNames.TABLE,
                    String.join(", ", relation.foreignKeyConstants()));
        case ONE_TO_MANY ->
            FieldSpec.builder(ParameterizedTypeName.get(ONE_TO_MANY, modelClass, target), relation.constant(), PUBLIC, STATIC, FINAL)
                .addJavadoc("The {@link $T} rows held in {@code $L}: those whose {@link $T#$N} refers to a {@code $T}.\n",
                    target, relation.property(), relation.targetTable(), relation.inverseConstant(), modelClass)
                .initializer("new $T<>($N, $L, $S, () -> $T.$N, $L)",
                    ONE_TO_MANY, GeneratedNames.TABLE, i, relation.property(), relation.targetTable(),
                    relation.inverseConstant(), relation.deleteOrphans());
        case MANY_TO_MANY -> manyToMany(modelClass, relation, i);
      };
      type.addField(field.build());
    }
  }

  /** {@code column {@link #AUTHOR_ID}}, or {@code columns {@link #A}, {@link #B}}. */
  private static String columnLinks(List<String> constants) {
    List<String> links = constants.stream().map(constant -> "{@link #" + constant + "}").toList();
    return (links.size() == 1 ? "column " : "columns ") + String.join(", ", links);
  }

  /**
   * {@code TAGS = new ManyToManyRelation<>(TABLE, 1, "tags", () -> TagTable.TABLE, "post_tag",
   * "post_id", "tag_id")} for the side that owns the table; the other side names it instead.
   */
  private static FieldSpec.Builder manyToMany(ClassName modelClass, RelationModel relation, int index) {
    ClassName target = relation.target();
    FieldSpec.Builder field =
        FieldSpec.builder(ParameterizedTypeName.get(MANY_TO_MANY, modelClass, target), relation.constant(), PUBLIC, STATIC, FINAL);
    RelationModel.Association association = relation.association();
    if (association == null) {
      return field
          .addJavadoc("The {@link $T} rows linked to a {@code $T} through {@link $T#$N}'s table, read the other way round.\n",
              target, modelClass, relation.targetTable(), relation.inverseConstant())
          .initializer("new $T<>($N, $L, $S, () -> $T.$N)",
              MANY_TO_MANY, GeneratedNames.TABLE, index, relation.property(), relation.targetTable(), relation.inverseConstant());
    }
    return field
        .addJavadoc("The {@link $T} rows linked to a {@code $T} through table {@code $L} ({@code $L}, {@code $L}).\n",
            target, modelClass, association.table(), association.column(), association.targetColumn())
        .initializer("new $T<>($N, $L, $S, () -> $T.$N, $S, $S, $S)",
            MANY_TO_MANY, GeneratedNames.TABLE, index, relation.property(), relation.targetTable(), GeneratedNames.TABLE,
            association.table(), association.column(), association.targetColumn());
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
    if (column.isReference()) {
      text.append(", the key of the row {@code ").append(column.property()).append("} refers to");
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

  /** {@code key(userId, roleId)}: a composite key, to pass to {@code Session.get} and the like. */
  private static MethodSpec compositeKeyFactory(TableModel model) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("key")
            .addJavadoc("The key of the row with these values, to pass to {@code Session.get} and the like.\n")
            .addModifiers(PUBLIC, STATIC)
            .returns(COMPOSITE_KEY);
    CodeBlock.Builder parts = CodeBlock.builder();
    for (ColumnModel column : model.primaryKey()) {
      String parameter = parameterName(column);
      method.addParameter(column.javaType(), parameter);
      parts.add(parts.isEmpty() ? "$N" : ", $N", parameter);
    }
    return method.addStatement("return $T.of($L)", COMPOSITE_KEY, parts.build()).build();
  }

  /**
   * The Java name of a column's value: its field's, or for a reference's column, its own name's
   * ({@code authorId}), since a reference to a composite key has several columns.
   */
  static String parameterName(ColumnModel column) {
    return column.isReference() ? Names.camelCase(column.name()) : column.property();
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

  private static TypeName columnType(ClassName modelClass) {
    return ParameterizedTypeName.get(COLUMN, modelClass, WildcardTypeName.subtypeOf(Object.class));
  }

  /** {@code user} for {@code User}, unless that would shadow a parameter of a generated method. */
  static String objectName(ClassName modelClass) {
    String simple = modelClass.simpleName();
    String name = Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
    return PARAMETER_NAMES.contains(name) || SourceVersion.isKeyword(name) ? "entity" : name;
  }
}
