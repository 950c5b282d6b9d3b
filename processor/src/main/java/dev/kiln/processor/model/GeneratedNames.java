package dev.kiln.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Set;

/** Names of the members a generated table declares besides its column constants. */
public final class GeneratedNames {
  public static final String TABLE = "TABLE";
  public static final String TABLE_SUFFIX = "Table";
  public static final String DAO_SUFFIX = "Dao";
  public static final String QUERY_SUFFIX = "Query";
  /** The suffixes of the classes generated for each model; a model with errors gets placeholders of them. */
  public static final List<String> MODEL_CLASS_SUFFIXES = List.of(TABLE_SUFFIX, DAO_SUFFIX, QUERY_SUFFIX);

  /** Member names a column constant must not take. */
  public static final Set<String> TABLE_MEMBERS = Set.of(TABLE);

  private GeneratedNames() {}

  /**
   * The simple name of a class generated for a model, from the model's simple names, outermost
   * first: {@code ["User"]} and {@code "Table"} give {@code UserTable}, {@code ["Outer", "User"]}
   * give {@code OuterUserTable}. Generated classes are top-level, so nesting is flattened.
   */
  public static String generatedClass(List<String> modelSimpleNames, String suffix) {
    return String.join("", modelSimpleNames) + suffix;
  }

  /** A class generated for a model, in the model's package: {@code test.UserTable} for {@code test.User}. */
  public static ClassName generatedClass(ClassName model, String suffix) {
    return ClassName.get(model.packageName(), generatedClass(model.simpleNames(), suffix));
  }

  /**
   * The constant holding the {@code ValueType} of a column that has its own (an enum, a converted
   * field, a decimal with a precision): {@code COLOR_TYPE}.
   */
  public static String valueTypeConstant(String columnConstant) {
    return columnConstant + "_TYPE";
  }
}
