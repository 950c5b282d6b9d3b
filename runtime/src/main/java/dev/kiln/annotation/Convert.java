package dev.kiln.annotation;

import dev.kiln.convert.Converter;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stores the field through a {@link Converter}: {@code @Convert(MoneyConverter.class) Money price}.
 * The converter must have a no-argument constructor, and convert the field's exact type to one Kiln
 * stores. Queries compare the stored values, so the conversion should keep the order that matters.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Convert {
  Class<? extends Converter<?, ?>> value();
}
