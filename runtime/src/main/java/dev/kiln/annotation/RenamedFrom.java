package dev.kiln.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Says a column was renamed, for the migrations Kiln writes ({@code -Akiln.migrations}): the
 * field's column was called {@code value} in the latest schema snapshot, so the next migration
 * renames it, keeping its data, rather than Kiln guessing between a rename and a drop plus an add.
 * Harmless once the rename is in a snapshot; remove it whenever you like.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface RenamedFrom {
  /** The column's name before, as the snapshot has it: {@code "full_name"}. */
  String value();
}
