package dev.kiln.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code ToMany<Target>} field (or record component) as a many-to-many relationship: a
 * post's tags. Kiln names, creates and drops its association table with the models' tables: by
 * default {@code post_tag}, with columns {@code post_id} and {@code tag_id} (each table's name and
 * key column), together its primary key, each a foreign key that deletes the link with its row.
 * The target may read the same table the other way round with {@code @ManyToMany(mappedBy =
 * "tags") ToMany<Post> posts}.
 *
 * <p>Adding an object to the collection adds a link on the next flush (inserting the object first
 * if it is new); removing it deletes the link, never the object. The collection loads on first use
 * together with the collections of every other object the same query returned, in one statement.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface ManyToMany {
  /** The association table's name; by default the two tables' names joined by {@code _}. */
  String table() default "";

  /** The association column holding this model's key; by default its table's name, {@code _}, its key column's. */
  String column() default "";

  /** The association column holding the target's key; by default named as {@link #column} is. */
  String targetColumn() default "";

  /**
   * The target's {@code @ManyToMany} field this one reads the other way round, instead of a table
   * of its own.
   */
  String mappedBy() default "";
}
