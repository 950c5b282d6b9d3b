package dev.kiln.processor.write;

import static dev.kiln.processor.write.RuntimeTypes.LIST;
import static dev.kiln.processor.write.RuntimeTypes.MODEL_REGISTRY;
import static dev.kiln.processor.write.RuntimeTypes.TABLE_DEF;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.kiln.processor.model.GeneratedNames;
import dev.kiln.processor.model.TableModel;
import java.util.Comparator;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Renders the compilation's {@code KilnModels}: every table, for {@code createAll()}. It is found
 * at run time through {@code META-INF/services}, never by scanning.
 */
public final class RegistryWriter {
  public static final String SERVICE_FILE = "META-INF/services/dev.kiln.schema.ModelRegistry";
  private static final String CLASS_NAME = "KilnModels";

  private final GeneratedCode generatedCode;

  public RegistryWriter(GeneratedCode generatedCode) {
    this.generatedCode = generatedCode;
  }

  /** The registry's class: {@code KilnModels} in the models' longest common package. */
  public ClassName registryClass(List<TableModel> models) {
    return ClassName.get(commonPackage(models), CLASS_NAME);
  }

  public JavaFile write(List<TableModel> models) {
    List<TableModel> sorted = models.stream().sorted(Comparator.comparing(TableModel::name)).toList();
    CodeBlock.Builder tables = CodeBlock.builder().add("return $T.of(", LIST).indent();
    for (int i = 0; i < sorted.size(); i++) {
      tables.add(i == 0 ? "\n$T.$N" : ",\n$T.$N", sorted.get(i).tableClass(), GeneratedNames.TABLE);
    }
    tables.unindent().add(");\n");
    ClassName registry = registryClass(models);
    TypeSpec type =
        generatedCode
            .publicFinalClass(registry)
            .addSuperinterface(MODEL_REGISTRY)
            .addJavadoc("The tables of the models compiled together with this class, by table name.\n")
            .addMethod(
                MethodSpec.methodBuilder("tables")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(
                        ParameterizedTypeName.get(
                            LIST,
                            ParameterizedTypeName.get(TABLE_DEF, WildcardTypeName.subtypeOf(Object.class))))
                    .addCode(tables.build())
                    .build())
            .build();
    return GeneratedCode.file(registry.packageName(), type);
  }

  private static String commonPackage(List<TableModel> models) {
    String common = null;
    for (TableModel model : models) {
      String name = model.model().packageName();
      if (common == null) {
        common = name;
      }
      while (!(name.equals(common) || name.startsWith(common + ".")) && !common.isEmpty()) {
        int dot = common.lastIndexOf('.');
        common = dot < 0 ? "" : common.substring(0, dot);
      }
    }
    return common == null ? "" : common;
  }
}
