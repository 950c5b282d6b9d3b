package dev.kiln.processor.write;

import static dev.kiln.processor.write.GeneratedMethods.override;
import static dev.kiln.processor.write.RuntimeTypes.ARRAYS;
import static dev.kiln.processor.write.RuntimeTypes.COMPOSITE_KEY;
import static dev.kiln.processor.write.RuntimeTypes.OBJECTS;
import static dev.kiln.processor.write.RuntimeTypes.SNAPSHOT;
import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.kiln.processor.model.ColumnModel;
import dev.kiln.processor.model.TableModel;
import java.util.List;

/**
 * Renders what a session keeps for each row it holds: the snapshot class nested in the table
 * ({@code UserTable.UserSnapshot}), and the table's {@code snapshot} method that takes one. The
 * snapshot copies the column values into typed fields, unless the model's values can never change
 * (a record, or only final fields): then it keeps the object itself.
 */
final class SnapshotWriter {
  /** The field of the snapshot of a model with final values that holds the object. */
  private static final String SEEN = "seen";

  private SnapshotWriter() {}

  /** {@code snapshot(user)}: the table method sessions call for each row they load or store. */
  static MethodSpec snapshotMethod(TableModel model, String object) {
    return override("snapshot")
        .returns(ParameterizedTypeName.get(SNAPSHOT, model.model()))
        .addParameter(model.model(), object)
        .addStatement("return $T.of($N)", model.snapshotClass(), object)
        .build();
  }

  static TypeSpec snapshotClass(TableModel model, String object) {
    ClassName modelClass = model.model();
    TypeSpec.Builder type =
        TypeSpec.classBuilder(model.snapshotClass())
            .addModifiers(PRIVATE, STATIC, FINAL)
            .superclass(ParameterizedTypeName.get(SNAPSHOT, modelClass))
            .addJavadoc(
                "The column values of one {@code $T} as a session last read or wrote them: at each flush\n"
                    + "the session compares the object with them to find the columns to update.\n",
                modelClass);
    if (model.finalValues()) {
      type.addField(modelClass, SEEN, PRIVATE);
    } else {
      for (ColumnModel column : model.columns()) {
        type.addField(column.javaType(), column.property(), PRIVATE);
      }
    }
    return type.addMethod(
            MethodSpec.constructorBuilder()
                .addModifiers(PRIVATE)
                .addParameter(modelClass, object)
                .addStatement("super($N)", object)
                .addStatement("take($N)", object)
                .build())
        .addMethod(factory(model, object))
        .addMethod(keyMethod(model))
        .addMethod(takeMethod(model, object))
        .addMethod(compareMethod(model, object))
        .build();
  }

  /**
   * {@code of(user)}. The table calls this factory rather than the constructor: a method that
   * returns a {@code Snapshot} made here does not make the JVM's verifier load this class with the
   * table, so an application's start-up loads none of them until it tracks a row.
   */
  private static MethodSpec factory(TableModel model, String object) {
    ParameterizedTypeName snapshot = ParameterizedTypeName.get(SNAPSHOT, model.model());
    return MethodSpec.methodBuilder("of")
        .addModifiers(STATIC)
        .returns(snapshot)
        .addParameter(model.model(), object)
        .addComment("A factory, so that loading the table does not load this class too.")
        .addStatement("return new $T($N)", model.snapshotClass(), object)
        .build();
  }

  private static MethodSpec keyMethod(TableModel model) {
    List<ColumnModel> key = model.primaryKey();
    CodeBlock.Builder parts = CodeBlock.builder();
    for (ColumnModel column : key) {
      parts.add(parts.isEmpty() ? "$L" : ", $L", taken(model, column));
    }
    MethodSpec.Builder method = override("key").returns(Object.class);
    return key.size() == 1
        ? method.addStatement("return $L", parts.build()).build()
        : method.addStatement("return $T.of($L)", COMPOSITE_KEY, parts.build()).build();
  }

  private static MethodSpec takeMethod(TableModel model, String object) {
    MethodSpec.Builder method = override("take").addParameter(model.model(), object);
    if (model.finalValues()) {
      return method.addStatement("this.$N = $N", SEEN, object).build();
    }
    for (ColumnModel column : model.columns()) {
      method.addStatement("this.$N = $L", column.property(), PropertyAccess.get(column, object));
    }
    return method.build();
  }

  private static MethodSpec compareMethod(TableModel model, String object) {
    MethodSpec.Builder method =
        override("compare").addParameter(model.model(), object).addParameter(boolean[].class, "changed");
    List<ColumnModel> columns = model.columns();
    for (int i = 0; i < columns.size(); i++) {
      ColumnModel column = columns.get(i);
      method.addStatement("changed[$L] = $L", i, differs(column, PropertyAccess.get(column, object), taken(model, column)));
    }
    return method.build();
  }

  /** Whether two values of the column differ, as a Java expression: {@code equals} for objects. */
  private static CodeBlock differs(ColumnModel column, CodeBlock current, CodeBlock taken) {
    TypeName type = column.javaType();
    if (type instanceof ArrayTypeName) {
      return CodeBlock.of("!$T.equals($L, $L)", ARRAYS, current, taken);
    }
    if (type.equals(TypeName.DOUBLE) || type.equals(TypeName.FLOAT)) {
      // As Double.equals compares: NaN equals NaN, and 0.0 differs from -0.0.
      return CodeBlock.of("$T.compare($L, $L) != 0", type.box(), current, taken);
    }
    if (type.isPrimitive()) {
      return CodeBlock.of("$L != $L", current, taken);
    }
    return CodeBlock.of("!$T.equals($L, $L)", OBJECTS, current, taken);
  }

  /** The snapshot's value of the column: its field, or the kept object's. */
  private static CodeBlock taken(TableModel model, ColumnModel column) {
    return model.finalValues()
        ? PropertyAccess.get(column, CodeBlock.of("this.$N", SEEN))
        : CodeBlock.of("this.$N", column.property());
  }
}
