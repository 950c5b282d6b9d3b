package dev.kiln.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code ToOne<Target>} field (or record component) as a reference to another model, a
 * foreign-key column holding the target's key: {@code author_id} for a field {@code author}
 * referring to a model whose key column is {@code id}. A {@code ToOne} field is a reference even
 * without this annotation, which only says what happens on delete. {@link Column} on the field
 * gives the column another name, makes it {@code NOT NULL} ({@code nullable = false}), unique (a
 * one-to-one reference) or part of the primary key. The column is indexed unless it leads its
 * table's key, so that finding the rows that refer to a row is cheap.
 *
 * <p>The generated table gets the column's constant ({@code BookTable.AUTHOR_ID}, for queries)
 * and the relationship's ({@code BookTable.AUTHOR}, for eager loading). The holder loads its target
 * on first use together with the targets of every other object the same query returned: one
 * statement for all of them, never one per object.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface ManyToOne {
  /** What the database does to this model's rows when the row they refer to is deleted. */
  OnDelete onDelete() default OnDelete.NO_ACTION;
}
