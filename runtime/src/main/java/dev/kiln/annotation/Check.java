package dev.kiln.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A check constraint: an SQL condition every row must satisfy, such as {@code "price >= 0"}. The
 * condition is the model author's SQL, copied into the DDL as written; name columns by their
 * column names. A row that breaks it is refused with a {@code CheckViolationException}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Check.List.class)
public @interface Check {
  /** The condition, in SQL both dialects understand. */
  String value();

  /** The constraint's name, unique within its table: the name a violation reports. */
  String name();

  /** Holds repeated {@code @Check} annotations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    Check[] value();
  }
}
