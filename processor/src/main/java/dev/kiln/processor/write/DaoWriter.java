package dev.kiln.processor.write;

import static dev.kiln.processor.write.RuntimeTypes.COMPOSITE_KEY;
import static dev.kiln.processor.write.RuntimeTypes.DAO;
import static dev.kiln.processor.write.RuntimeTypes.OPTIONAL;
import static dev.kiln.processor.write.RuntimeTypes.SESSION;
import static javax.lang.model.element.Modifier.PUBLIC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.kiln.processor.model.ColumnModel;
import dev.kiln.processor.model.GeneratedNames;
import dev.kiln.processor.model.TableModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders {@code <Model>Dao}: the runtime's {@code Dao} with the model's types and its own query.
 * A composite key also gets {@code get} and {@code deleteById} taking the key's parts.
 */
public final class DaoWriter {
  private final GeneratedCode generatedCode;

  public DaoWriter(GeneratedCode generatedCode) {
    this.generatedCode = generatedCode;
  }

  public JavaFile write(TableModel model) {
    ClassName modelClass = model.model();
    List<ColumnModel> key = model.primaryKey();
    TypeName keyType = key.size() == 1 ? key.get(0).javaType().box() : COMPOSITE_KEY;
    TypeSpec.Builder dao =
        generatedCode
            .publicFinalClass(model.daoClass())
            .superclass(ParameterizedTypeName.get(DAO, modelClass, keyType, model.queryClass()))
            .addJavadoc(
                "Loads, stages and queries {@link $T} objects through a {@link $T}. Writes are staged\n"
                    + "and happen when the session commits.\n",
                modelClass, SESSION)
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addModifiers(PUBLIC)
                    .addParameter(SESSION, "session")
                    .addStatement(
                        "super(session, $T.$N, $T::new)", model.tableClass(), GeneratedNames.TABLE, model.queryClass())
                    .build());
    if (key.size() > 1) {
      addCompositeKeyMethods(dao, model);
    }
    return GeneratedCode.file(modelClass.packageName(), dao.build());
  }

  /** {@code get(courseId, seat)} and {@code deleteById(courseId, seat)}. */
  private static void addCompositeKeyMethods(TypeSpec.Builder dao, TableModel model) {
    List<ParameterSpec> parameters = new ArrayList<>();
    for (ColumnModel part : model.primaryKey()) {
      String name = part.property().equals("session") ? "sessionKey" : part.property();
      parameters.add(ParameterSpec.builder(part.javaType(), name).build());
    }
    CodeBlock keyValue =
        CodeBlock.of(
            "$T.key($L)",
            model.tableClass(),
            parameters.stream().map(p -> CodeBlock.of("$N", p)).collect(CodeBlock.joining(", ")));
    String names = String.join("}, {@code ", model.primaryKey().stream().map(ColumnModel::name).toList());
    dao.addMethod(
            MethodSpec.methodBuilder("get")
                .addJavadoc("The object whose {@code $L} are the given values, if there is one.\n", names)
                .addModifiers(PUBLIC)
                .returns(ParameterizedTypeName.get(OPTIONAL, model.model()))
                .addParameters(parameters)
                .addStatement("return get($L)", keyValue)
                .build())
        .addMethod(
            MethodSpec.methodBuilder("deleteById")
                .addJavadoc("Stages the deletion of the row whose {@code $L} are the given values.\n", names)
                .addModifiers(PUBLIC)
                .addParameters(parameters)
                .addStatement("deleteById($L)", keyValue)
                .build());
  }
}
