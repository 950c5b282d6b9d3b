package dev.kiln.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a superclass whose fields are columns of every {@link Table} model extending it, before
 * the model's own: a shared {@code id}, {@code createdAt} and {@code updatedAt}, say. It is not a
 * table itself. Its fields follow the same rules as a model's, and generated code, which lives in
 * the model's package, must be able to reach them: public fields or accessors, or the same package.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface MappedSuperclass {}
