package dev.kiln.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Says a table no model maps to any more should go, for the migrations Kiln writes ({@code
 * -Akiln.migrations}): the next migration drops it, with its rows and indexes, after the changes to
 * the tables that referred to it. Without it, a table that disappeared from the models is a compile
 * error, never a silent drop. The table's model is gone, so put it on any model, such as the one
 * that took over its rows. Harmless once the drop is in a snapshot; remove it whenever you like.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(DroppedTable.List.class)
public @interface DroppedTable {
  /** The table's name, as the latest snapshot has it (a many-to-many's association table included). */
  String value();

  /** Holds repeated {@code @DroppedTable} annotations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    DroppedTable[] value();
  }
}
