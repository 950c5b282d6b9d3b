package dev.kiln.convert;

/**
 * Stores a type Kiln does not know as one it does: name it on a field with {@code
 * @Convert(MoneyConverter.class)}. Generated code creates the converter once, through its
 * no-argument constructor, and calls it directly. Nulls never reach a converter: a null field is a
 * SQL {@code NULL} and back.
 *
 * @param <J> the field's type
 * @param <S> the stored type: any type Kiln stores without a converter, except an enum
 */
public interface Converter<J, S> {
  /** The value to store for a field value; never called with null. */
  S toColumn(J value);

  /** The field value for a stored value; never called with null. */
  J fromColumn(S stored);
}
