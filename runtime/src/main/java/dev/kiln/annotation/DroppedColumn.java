package dev.kiln.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Says a column of the model's table should go, for the migrations Kiln writes ({@code
 * -Akiln.migrations}): the next migration drops it, with its data, and its indexes. Without it, a
 * column no field maps to any more is a compile error, never a silent drop. Harmless once the drop
 * is in a snapshot; remove it whenever you like.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(DroppedColumn.List.class)
public @interface DroppedColumn {
  /** The column's name, as the latest snapshot has it. */
  String value();

  /** Holds repeated {@code @DroppedColumn} annotations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    DroppedColumn[] value();
  }
}
