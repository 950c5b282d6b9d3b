package dev.kiln.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An index on one or more columns of the model's table, created by {@code createAll()}. For one
 * column, {@code @Column(index = true)} is shorter.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Index.List.class)
public @interface Index {
  /** The indexed fields, by their Java names, in index order. */
  String[] columns();

  /** Whether the index refuses two rows with the same values. */
  boolean unique() default false;

  /** The index's name; by default {@code <table>_<column>_<column>_idx}. */
  String name() default "";

  /** Holds repeated {@code @Index} annotations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    Index[] value();
  }
}
