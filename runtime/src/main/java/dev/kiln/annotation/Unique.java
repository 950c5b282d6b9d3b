package dev.kiln.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A unique constraint over several columns: no two rows may share all of their values. For one
 * column, {@code @Column(unique = true)} is shorter.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Unique.List.class)
public @interface Unique {
  /** The constrained fields, by their Java names. */
  String[] columns();

  /** The constraint's name; by default {@code <table>_<column>_<column>_key}. */
  String name() default "";

  /** Holds repeated {@code @Unique} annotations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    Unique[] value();
  }
}
