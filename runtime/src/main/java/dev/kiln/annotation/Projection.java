package dev.kiln.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A typed projection of a model, checked at compile time: a record nested in a {@link Table}
 * model whose components are named and typed like some of the model's fields. The processor
 * generates {@code select<Record>()} on the model's query and table, reading exactly those columns
 * into the record, and reports any component that does not match a field.
 *
 * <pre>{@code
 * @Table public class User {
 *   ...
 *   @Projection public record Summary(String username, int age) {}
 * }
 * List<User.Summary> summaries = users.query().where(AGE.gt(18)).selectSummary().all();
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Projection {}
