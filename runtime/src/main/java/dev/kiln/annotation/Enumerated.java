package dev.kiln.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** How an enum field is stored. Without this annotation an enum is stored by constant name. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Enumerated {
  /** The two ways to store an enum. */
  enum Storage {
    /** The constant's name, as text: readable, and safe to reorder constants. */
    NAME,
    /**
     * The constant's ordinal, as a small integer: compact, but inserting or reordering constants
     * changes what stored rows mean.
     */
    ORDINAL
  }

  Storage value();
}
