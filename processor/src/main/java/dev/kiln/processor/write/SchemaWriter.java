package dev.kiln.processor.write;

import static dev.kiln.processor.write.GeneratedMethods.override;
import static dev.kiln.processor.write.RuntimeTypes.COLUMN_DEFAULT;
import static dev.kiln.processor.write.RuntimeTypes.COLUMN_SCHEMA;
import static dev.kiln.processor.write.RuntimeTypes.ON_DELETE;
import static dev.kiln.processor.write.RuntimeTypes.SQL_TYPE;
import static dev.kiln.processor.write.RuntimeTypes.TABLE_SCHEMA;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.kiln.processor.model.ModelSchemas;
import dev.kiln.processor.model.TableModel;
import dev.kiln.schema.ColumnDefault;
import dev.kiln.schema.ColumnSchema;
import dev.kiln.schema.TableSchema;
import java.util.List;

/**
 * Renders a generated table's {@code schema()}: the table described once, in no dialect's terms,
 * for the runtime's dialect to render as DDL. It is one chain of builder calls with plain and
 * varargs arguments, which javac resolves without generic inference.
 */
final class SchemaWriter {
  private SchemaWriter() {}

  static MethodSpec schemaMethod(TableModel model) {
    TableSchema table = ModelSchemas.table(model);
    CodeBlock.Builder schema = CodeBlock.builder().add("$T.builder($S)", TABLE_SCHEMA, table.name());
    for (ColumnSchema column : table.columns()) {
      schema.add("\n.column($L)", column(column));
    }
    schema.add("\n.primaryKey($L)", names(table.primaryKey()));
    for (TableSchema.Constraint unique : table.uniqueConstraints()) {
      schema.add("\n.unique($S, $L)", unique.name(), names(unique.columns()));
    }
    for (TableSchema.Check check : table.checks()) {
      schema.add("\n.check($S, $S)", check.name(), check.condition());
    }
    for (TableSchema.Index index : table.indexes()) {
      schema.add("\n.$N($S, $L)", index.unique() ? "uniqueIndex" : "index", index.name(), names(index.columns()));
    }
    for (TableSchema.ForeignKey foreignKey : table.foreignKeys()) {
      if (foreignKey.columns().size() == 1) {
        schema.add("\n.foreignKey($S, $S, $S, $S, $T.$N)", foreignKey.name(), foreignKey.columns().get(0),
            foreignKey.targetTable(), foreignKey.targetColumns().get(0), ON_DELETE, foreignKey.onDelete().name());
      } else {
        schema.add("\n.foreignKey($S, new String[] {$L}, $S, new String[] {$L}, $T.$N)", foreignKey.name(),
            names(foreignKey.columns()), foreignKey.targetTable(), names(foreignKey.targetColumns()), ON_DELETE,
            foreignKey.onDelete().name());
      }
    }
    return override("schema")
        .returns(TABLE_SCHEMA)
        .addComment("Built on each call, not held: DDL needs it, and the runtime reads it once.")
        .addStatement("return $L\n.build()", schema.build())
        .build();
  }

  /** {@code ColumnSchema.of("username", SqlType.VARCHAR).withLength(80).notNull()}. */
  private static CodeBlock column(ColumnSchema column) {
    CodeBlock.Builder code =
        CodeBlock.builder().add("$T.of($S, $T.$N)", COLUMN_SCHEMA, column.name(), SQL_TYPE, column.type().name());
    if (column.length() > 0) {
      code.add(".withLength($L)", column.length());
    }
    if (column.precision() > 0 || column.scale() > 0) {
      code.add(".withPrecision($L, $L)", column.precision(), column.scale());
    }
    if (column.generated()) {
      code.add(".generatedKey()");
    } else if (!column.nullable()) {
      code.add(".notNull()");
    }
    if (column.version()) {
      code.add(".asVersion()");
    }
    ColumnDefault defaultValue = column.defaultValue();
    if (defaultValue != null) {
      code.add(
          defaultValue.isNow() ? CodeBlock.of(".withDefault($T.NOW)", COLUMN_DEFAULT)
              : CodeBlock.of(".withDefault($T.sql($S))", COLUMN_DEFAULT, defaultValue.sql()));
    }
    return code.build();
  }

  /** {@code "course_id", "seat"}: column names as varargs. */
  private static CodeBlock names(List<String> names) {
    CodeBlock.Builder code = CodeBlock.builder();
    for (String name : names) {
      code.add(code.isEmpty() ? "$S" : ", $S", name);
    }
    return code.build();
  }
}
