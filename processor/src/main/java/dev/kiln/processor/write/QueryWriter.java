package dev.kiln.processor.write;

import static dev.kiln.processor.write.RuntimeTypes.ENTITY_QUERY;
import static dev.kiln.processor.write.RuntimeTypes.SELECT;
import static dev.kiln.processor.write.RuntimeTypes.SESSION;
import static javax.lang.model.element.Modifier.PUBLIC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.kiln.processor.model.ColumnModel;
import dev.kiln.processor.model.GeneratedNames;
import dev.kiln.processor.model.Names;
import dev.kiln.processor.model.ProjectionModel;
import dev.kiln.processor.model.TableModel;

/** Renders {@code <Model>Query}: the runtime's query with one typed {@code filterByX} per column. */
public final class QueryWriter {
  private final GeneratedCode generatedCode;

  public QueryWriter(GeneratedCode generatedCode) {
    this.generatedCode = generatedCode;
  }

  public JavaFile write(TableModel model) {
    ClassName modelClass = model.model();
    ClassName queryClass = model.queryClass();
    ClassName tableClass = model.tableClass();
    TypeSpec.Builder query =
        generatedCode
            .publicFinalClass(queryClass)
            .superclass(ParameterizedTypeName.get(ENTITY_QUERY, modelClass, queryClass))
            .addJavadoc(
                "A query on {@link $T} rows: {@code filterByX(value)} per column keeps the rows whose\n"
                    + "column equals the value ({@code null} keeps those where it is null), {@code where} takes\n"
                    + "predicates built from {@link $T}'s columns; ordering, limits, and bulk update and delete.\n",
                modelClass, tableClass)
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addModifiers(PUBLIC)
                    .addParameter(SESSION, "session")
                    .addStatement("super(session, $T.$N)", tableClass, GeneratedNames.TABLE)
                    .build());
    for (ColumnModel column : model.columns()) {
      String parameter = TableWriter.parameterName(column);
      query.addMethod(
          MethodSpec.methodBuilder("filterBy" + Names.capitalize(parameter))
              .addModifiers(PUBLIC)
              .returns(queryClass)
              .addParameter(column.javaType(), parameter)
              .addStatement("return where($T.$N.eq($N))", tableClass, column.constant(), parameter)
              .build());
    }
    for (ProjectionModel projection : model.projections()) {
      query.addMethod(
          MethodSpec.methodBuilder(projection.selectMethod())
              .addJavadoc(
                  "The matching rows read as {@link $T}: only its columns are selected, and the rows are not\n"
                      + "tracked by the session.\n",
                  projection.type())
              .addModifiers(PUBLIC)
              .returns(ParameterizedTypeName.get(SELECT, modelClass, projection.type()))
              .addStatement(
                  "return project($L, $T::$N)",
                  TableWriter.projectionColumns(model, projection, true), tableClass, projection.readMethod())
              .build());
    }
    return GeneratedCode.file(modelClass.packageName(), query.build());
  }
}
