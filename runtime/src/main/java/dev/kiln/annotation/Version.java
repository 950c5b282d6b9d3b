package dev.kiln.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the field (or record component) whose value counts the row's updates, for optimistic
 * locking: {@code @Version long version}. A model has at most one, of type {@code int}, {@code
 * long}, {@code Integer} or {@code Long}; it may also have {@link Column} for a name, but is never
 * part of the key, unique, nullable, converted or given a {@code defaultSql}. Its column is {@code
 * NOT NULL}.
 *
 * <p>A session increments the version on every update of the row, and checks it in the {@code
 * WHERE} of every update and delete: a write based on a version another transaction has since
 * changed matches no row and raises {@code StaleObjectException}, rather than silently overwriting
 * that transaction's work.
 *
 * <p>A new object's version is stored as it is: {@code 0} for a primitive left alone. A boxed
 * version left {@code null} is filled in by the column's database default, {@code 0}, and read back
 * into the object (into the copy its {@code Ref} holds, for a record or another immutable class).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Version {}
