package dev.kiln.processor.write;

import static dev.kiln.processor.write.RuntimeTypes.LIST;
import static dev.kiln.processor.write.RuntimeTypes.OBJECTS;
import static dev.kiln.processor.write.RuntimeTypes.OPTIONAL;
import static dev.kiln.processor.write.RuntimeTypes.REF;
import static dev.kiln.processor.write.RuntimeTypes.SESSION;
import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.kiln.processor.model.ColumnModel;
import dev.kiln.processor.model.GeneratedNames;
import dev.kiln.processor.model.TableModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders {@code <Model>Dao}: the typed entry point to one model through a session. Every write
 * is staged in the session and happens on {@code commit()}.
 */
public final class DaoWriter {
  private final GeneratedCode generatedCode;

  public DaoWriter(GeneratedCode generatedCode) {
    this.generatedCode = generatedCode;
  }

  public JavaFile write(TableModel model) {
    ClassName modelClass = model.model();
    ClassName tableClass = model.tableClass();
    String object = TableWriter.objectName(modelClass);
    List<ColumnModel> key = model.primaryKey();
    List<ParameterSpec> keyParameters = new ArrayList<>();
    for (ColumnModel part : key) {
      String name = part.property();
      keyParameters.add(ParameterSpec.builder(part.javaType(), name.equals(object) || name.equals("session") ? name + "Key" : name).build());
    }
    CodeBlock keyValue =
        key.size() == 1
            ? CodeBlock.of("$N", keyParameters.get(0))
            : CodeBlock.of("$T.key($L)", tableClass, keyParameters.stream().map(p -> CodeBlock.of("$N", p)).collect(CodeBlock.joining(", ")));
    String keyDescription =
        "whose {@code " + String.join("}, {@code ", key.stream().map(ColumnModel::name).toList()) + "} "
            + (key.size() == 1 ? "is the given value" : "are the given values");
    TypeSpec dao =
        generatedCode
            .publicFinalClass(model.daoClass())
            .addJavadoc(
                "Loads, stages and queries {@link $T} objects through a {@link $T}. Writes are staged\n"
                    + "and happen when the session commits.\n",
                modelClass, SESSION)
            .addField(SESSION, "session", PRIVATE, FINAL)
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addModifiers(PUBLIC)
                    .addParameter(SESSION, "session")
                    .addStatement("this.session = $T.requireNonNull(session, $S)", OBJECTS, "session")
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("insert")
                    .addJavadoc(
                        "Stages the $L for insertion; after commit, the returned {@link $T} holds it with its key.\n",
                        object, REF)
                    .addModifiers(PUBLIC)
                    .returns(ParameterizedTypeName.get(REF, modelClass))
                    .addParameter(modelClass, object)
                    .addStatement("return session.add($N)", object)
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("get")
                    .addJavadoc("The $L $L, if there is one.\n", object, keyDescription)
                    .addModifiers(PUBLIC)
                    .returns(ParameterizedTypeName.get(OPTIONAL, modelClass))
                    .addParameters(keyParameters)
                    .addStatement("return session.get($T.$N, $L)", tableClass, GeneratedNames.TABLE, keyValue)
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("all")
                    .addJavadoc("Every $L in the table.\n", object)
                    .addModifiers(PUBLIC)
                    .returns(ParameterizedTypeName.get(LIST, modelClass))
                    .addStatement("return query().all()")
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("query")
                    .addJavadoc("A new query on the table.\n")
                    .addModifiers(PUBLIC)
                    .returns(model.queryClass())
                    .addStatement("return new $T(session)", model.queryClass())
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("update")
                    .addJavadoc(
                        "Stages every column of the $L to be written by key on commit. Objects loaded\n"
                            + "through the session need no call: their changes are found on commit.\n",
                        object)
                    .addModifiers(PUBLIC)
                    .addParameter(modelClass, object)
                    .addStatement("session.update($N)", object)
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("delete")
                    .addJavadoc("Stages the $L's deletion.\n", object)
                    .addModifiers(PUBLIC)
                    .addParameter(modelClass, object)
                    .addStatement("session.delete($N)", object)
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("deleteById")
                    .addJavadoc("Stages the deletion of the $L $L.\n", object, keyDescription)
                    .addModifiers(PUBLIC)
                    .addParameters(keyParameters)
                    .addStatement("session.deleteByKey($T.$N, $L)", tableClass, GeneratedNames.TABLE, keyValue)
                    .build())
            .build();
    return GeneratedCode.file(modelClass.packageName(), dao);
  }
}
