package dev.kiln.processor.check;

import java.util.Locale;

/**
 * Every diagnostic Kiln's processor reports, with a stable ID. A message says what is wrong with
 * the element it is attached to and how to fix it. IDs are never reused.
 */
public enum Diagnostic {
  NOT_A_CLASS("KILN-001", "@Table can only be placed on a class or a record, not on %s %s. Declare the model as a class or a record."),
  NOT_STATIC("KILN-002", "Model %s is an inner class, so it cannot be created without an enclosing instance. Make it a top-level class or a static nested class."),
  PRIVATE_MODEL("KILN-003", "Class %s is private, so the generated %s cannot use model %s. Make %s package-private or public."),
  ABSTRACT_MODEL("KILN-004", "Model %s is abstract, so rows cannot be read into it. Make it a concrete class."),
  NO_CONSTRUCTOR("KILN-005", "Model %s has no constructor without parameters that generated code can call. Add a public or package-private no-argument constructor."),
  NO_PRIMARY_KEY("KILN-006", "Model %s has no primary key. Mark one field with @Column(primaryKey = true), for example an Integer id."),
  SECOND_PRIMARY_KEY("KILN-007", "Model %s already has the primary key '%s'; '%s' cannot be a second one. Keep primaryKey = true on exactly one field (composite keys are not supported yet)."),
  UNSUPPORTED_TYPE("KILN-008", "Field '%s' has type %s, which Kiln cannot store. Use one of: %s; or mark the field transient to keep it out of the table."),
  DUPLICATE_COLUMN("KILN-009", "Column name '%s' of field '%s' is already used by field '%s'. Give one of them another name with @Column(name = \"...\")."),
  LENGTH_NOT_STRING("KILN-010", "Field '%s' has type %s, but length applies only to String columns. Remove length, or make the field a String."),
  LENGTH_NOT_POSITIVE("KILN-011", "Field '%s' has length %d; a length must be positive. Give a positive length, or remove it to store the string as TEXT."),
  NO_GETTER("KILN-012", "Field '%s' is private and has no getter, so generated code cannot read it. Add a non-private method %s(), or make the field package-private."),
  NO_SETTER("KILN-013", "Field '%s' is private and has no setter, so generated code cannot fill it from a row. Add a non-private method %s(%s), or make the field package-private."),
  FINAL_FIELD("KILN-014", "Field '%s' is final, so generated code cannot fill it from a row. Remove final, or declare the model as a record."),
  NULLABLE_PRIMARY_KEY("KILN-015", "Field '%s' is the primary key, which can never be null. Remove nullable = true."),
  BLANK_NAME("KILN-016", "The name \"%s\" is blank. Give a real name, or remove name to use the default '%s'."),
  EXCLUDED_COLUMN("KILN-017", "Field '%s' is %s, so it is not stored, yet it has @Column. Remove @Column, or remove %s."),
  UNSUPPORTED_KEY_TYPE("KILN-018", "Field '%s' has type %s, which cannot be a primary key because its values do not compare by content. Use an integer, a String or a UUID key."),
  GENERIC_MODEL("KILN-019", "Model %s has type parameters, which a table cannot have. Remove them, or make a non-generic subclass the model."),
  LATE_MODEL("KILN-020", "Model %s appeared in a late processing round, after this compilation's model registry was written, so createAll() would not know it. Compile it in the same round as the other models, or in a separate compilation."),
  PROCESSOR_FAILURE("KILN-099", "Kiln's processor failed on %s: %s. This is a bug in Kiln; please report it with this model.");

  private final String id;
  private final String template;

  Diagnostic(String id, String template) {
    this.id = id;
    this.template = template;
  }

  public String id() {
    return id;
  }

  /** {@code [KILN-006] Model User has no primary key. ...}. */
  public String format(Object... arguments) {
    return "[" + id + "] " + String.format(Locale.ROOT, template, arguments);
  }
}
