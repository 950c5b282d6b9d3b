package dev.kiln.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code ToMany<Target>} field (or record component) as the rows of another model that
 * refer to this one through their {@link ManyToOne}: an author's books. It adds no column; the
 * target's foreign key is the relationship.
 *
 * <p>The collection loads on first use, together with the collections of every other object the
 * same query returned: one statement for all of them, never one per object. Objects added to it
 * are saved with their owner and refer to it; objects removed from it stop referring to it (their
 * foreign key becomes {@code NULL}), or, with {@link #deleteOrphans}, are deleted.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface OneToMany {
  /**
   * The target's {@code @ManyToOne} field that refers to this model. Needed only when the target
   * has more than one reference to this model.
   */
  String mappedBy() default "";

  /**
   * Whether the collection owns its elements (SQLAlchemy's {@code cascade="all, delete-orphan"}):
   * an object removed from it is deleted rather than left with no owner, and deleting the owner
   * through a session deletes its elements first, and theirs in turn. {@code deleteByKey} and bulk
   * deletes send one statement and load nothing, so they leave the elements to the foreign key's
   * {@code ON DELETE}.
   */
  boolean deleteOrphans() default false;
}
