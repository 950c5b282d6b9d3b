package dev.kiln.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class or record as a model stored in a database table.
 *
 * <p>Every instance field of the class (every component of a record) is a column, except fields
 * declared {@code transient} or annotated {@link Transient}; a class also has the columns of its
 * {@link MappedSuperclass} superclasses, first. Kiln's annotation processor generates, next to the
 * model, a {@code <Model>Table} with typed column constants, a {@code <Model>Dao} and a {@code
 * <Model>Query}. Indexes, unique constraints and checks over several columns are declared on the
 * model with {@link Index}, {@link Unique} and {@link Check}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Table {
  /**
   * The table's name. By default the snake_case of the class's simple name: {@code User} is
   * stored in {@code user}, {@code BookAuthor} in {@code book_author}.
   */
  String name() default "";

  /**
   * The table's name in the latest schema snapshot, when it was renamed, for the migrations Kiln
   * writes ({@code -Akiln.migrations}): the next migration renames the table, keeping its rows,
   * instead of failing on a table that is gone. Harmless once the rename is in a snapshot.
   */
  String renamedFrom() default "";
}
