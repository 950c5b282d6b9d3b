package dev.kiln.processor.write;

import static dev.kiln.processor.write.RuntimeTypes.COMPOSITE_KEY;

import com.palantir.javapoet.CodeBlock;
import dev.kiln.processor.model.ColumnModel;
import dev.kiln.processor.model.GeneratedNames;
import java.util.List;

/**
 * The expressions generated code uses to move one column's value: read from or write to a model
 * object (through its accessor or field), read from a {@code Row}, bind to {@code Params}. A column
 * with a value type of its own goes through it; every other column calls the typed getter or
 * setter directly.
 */
final class PropertyAccess {
  private PropertyAccess() {}

  /**
   * The column's value: {@code user.getUsername()}, {@code point.x()} or {@code user.username}; for
   * a reference, the key its holder refers to, {@code (Long) AUTHOR.key(book.getAuthor())}, or its
   * part for one of the columns of a reference to a composite key.
   */
  static CodeBlock get(ColumnModel column, String object) {
    return get(column, CodeBlock.of("$N", object));
  }

  /** {@link #get(ColumnModel, String)} on an object given as an expression. */
  static CodeBlock get(ColumnModel column, CodeBlock object) {
    CodeBlock property = property(column.property(), column.reader(), object);
    if (!column.isReference()) {
      return property;
    }
    return column.referencePart() < 0
        ? CodeBlock.of("($T) $N.key($L)", column.javaType(), column.reference(), property)
        : CodeBlock.of("($T) $N.keyPart($L, $L)", column.javaType(), column.reference(), property, column.referencePart());
  }

  /** The field itself, through its getter if it has one: a reference's or collection's holder. */
  static CodeBlock property(String property, String reader, CodeBlock object) {
    return reader != null ? CodeBlock.of("$L.$N()", object, reader) : CodeBlock.of("$L.$N", object, property);
  }

  /** {@code user.setUsername(value);} or {@code user.username = value;}, as a statement. */
  static CodeBlock set(ColumnModel column, String object, CodeBlock value) {
    return set(column.property(), column.writer(), object, value);
  }

  static CodeBlock set(String property, String writer, String object, CodeBlock value) {
    return writer != null
        ? CodeBlock.of("$N.$N($L);\n", object, writer, value)
        : CodeBlock.of("$N.$N = $L;\n", object, property, value);
  }

  /**
   * {@code row.getString(2)}: the column's value at a 1-based index. A boxed field of a NOT NULL
   * column is read with the primitive getter and boxed ({@code Long.valueOf(row.getLong(1))}): it
   * cannot hold null, and asking the driver {@code wasNull()} costs a native call on SQLite.
   */
  static CodeBlock read(ColumnModel column, String row, CodeBlock index) {
    if (column.readsThroughValueType()) {
      return CodeBlock.of("$N.read($N, $L)", valueType(column), row, index);
    }
    if (!column.isPrimitive() && !column.nullable() && column.kind().hasPrimitive()) {
      return CodeBlock.of("$T.valueOf($N.$N($L))", column.javaType(), row, column.kind().rowGetter(true), index);
    }
    return CodeBlock.of("$N.$N($L)", row, column.kind().rowGetter(column.isPrimitive()), index);
  }

  static CodeBlock read(ColumnModel column, String row, int index) {
    return read(column, row, CodeBlock.of("$L", index));
  }

  /**
   * The key a reference's columns hold, from a row: {@code row.getBoxedLong(3)}, or for a composite
   * key {@code CompositeKey.orNull(row.getBoxedLong(3), row.getString(4))} (null when a part is).
   *
   * @param parts the reference's columns, consecutive, the first at 1-based {@code index}
   */
  static CodeBlock readKey(List<ColumnModel> parts, String row, int index) {
    if (parts.size() == 1) {
      return read(parts.get(0), row, index);
    }
    CodeBlock.Builder reads = CodeBlock.builder();
    for (int i = 0; i < parts.size(); i++) {
      reads.add(i == 0 ? "$L" : ", $L", read(parts.get(i), row, index + i));
    }
    return CodeBlock.of("$T.orNull($L)", COMPOSITE_KEY, reads.build());
  }

  /** {@code params.setString(index, value);}, as a statement. */
  static CodeBlock bind(ColumnModel column, String params, CodeBlock index, CodeBlock value) {
    return column.hasOwnValueType()
        ? CodeBlock.of("$N.write($N, $L, $L);\n", valueType(column), params, index, value)
        : CodeBlock.of("$N.$N($L, $L);\n", params, column.kind().paramsSetter(column.isPrimitive()), index, value);
  }

  /** The constant holding the column's own value type. */
  static String valueType(ColumnModel column) {
    return GeneratedNames.valueTypeConstant(column.constant());
  }
}
