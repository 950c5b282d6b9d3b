package dev.kiln.processor.check;

import java.util.Locale;

/**
 * Every diagnostic Kiln's processor reports, with a stable ID. A message says what is wrong with
 * the element it is attached to and how to fix it. IDs are never reused: KILN-007 (a second
 * primary key) was retired when composite keys arrived, and KILN-025 (a {@code @Convert} class
 * that is not a {@code Converter<J, S>}) because the compiler itself rejects such a class.
 * Warnings start at KILN-100 and can be suppressed with {@code @SuppressWarnings("KILN-1xx")} on
 * the field or the model.
 */
public enum Diagnostic {
  NOT_A_CLASS("KILN-001", "@Table can only be placed on a class or a record, not on %s %s. Declare the model as a class or a record."),
  NOT_STATIC("KILN-002", "Model %s is an inner class, so it cannot be created without an enclosing instance. Make it a top-level class or a static nested class."),
  PRIVATE_MODEL("KILN-003", "Class %s is private, so the generated %s cannot use model %s. Make %s package-private or public."),
  ABSTRACT_MODEL("KILN-004", "Model %s is abstract, so rows cannot be read into it. Make it a concrete class, or mark it @MappedSuperclass to share its columns with models that extend it."),
  NO_CONSTRUCTOR("KILN-005", "Model %s has no constructor that generated code can call. Add a non-private constructor without parameters, or one whose parameters are the columns %s, named like the fields."),
  NO_PRIMARY_KEY("KILN-006", "Model %s has no primary key. Mark a field with @Column(primaryKey = true), for example an Integer id; mark several for a composite key."),
  UNSUPPORTED_TYPE("KILN-008", "Field '%s' has type %s, which Kiln cannot store. Use %s; or keep the field out of the table with transient or @Transient."),
  DUPLICATE_COLUMN("KILN-009", "Column name '%s' of field '%s' is already used by field '%s'. Give one of them another name with @Column(name = \"...\")."),
  LENGTH_NOT_STRING("KILN-010", "Field '%s' has type %s, but length applies only to String columns. Remove length, or make the field a String."),
  LENGTH_NOT_POSITIVE("KILN-011", "Field '%s' has length %d; a length must be positive. Give a positive length, or remove it to store the string as TEXT."),
  NO_GETTER("KILN-012", "Field '%s' is private and has no getter that generated code can call, so it cannot read the field. Add a method %s() (public if the field is declared in another package), or make the field package-private."),
  NO_SETTER("KILN-013", "Field '%s' is private and has no setter that generated code can call, so it cannot fill it from a row. Add a method %s(%s), make the field package-private, or give %s a constructor taking every column."),
  FINAL_FIELD("KILN-014", "Field '%s' is final, so generated code cannot fill it from a row. Remove final, or add a constructor whose parameters are the columns %s, named like the fields."),
  NULLABLE_PRIMARY_KEY("KILN-015", "Field '%s' is part of the primary key, which can never be null. Remove nullable = true."),
  BLANK_NAME("KILN-016", "The name \"%s\" is blank. Give a real name, or remove name to use the default '%s'."),
  EXCLUDED_COLUMN("KILN-017", "Field '%s' is %s, so it is not stored, yet it has @Column. Remove @Column, or remove %s."),
  UNSUPPORTED_KEY_TYPE("KILN-018", "Field '%s' has type %s, which cannot be part of a primary key because its values do not compare by content. Use an integer, a String or a UUID key."),
  GENERIC_MODEL("KILN-019", "Model %s has type parameters, which a table cannot have. Remove them, or make a non-generic subclass the model."),
  LATE_MODEL("KILN-020", "Model %s appeared in a late processing round, after this compilation's model registry was written, so createAll() would not know it. Compile it in the same round as the other models, or in a separate compilation."),
  PRECISION_NOT_NUMBER("KILN-021", "Field '%s' has type %s, but precision and scale apply only to BigDecimal and BigInteger columns. Remove them, or make the field a BigDecimal."),
  PRECISION_OUT_OF_RANGE("KILN-022", "Field '%s' has precision %d; a precision must be from 1 to 1000. Give one in that range, or remove it to keep any number of digits."),
  SCALE_OUT_OF_RANGE("KILN-023", "Field '%s' has scale %d, but a scale must be from 0 to the precision (%d). Give a scale in that range, or a larger precision."),
  ENUMERATED_NOT_ENUM("KILN-024", "Field '%s' has type %s, but @Enumerated applies only to enum fields stored without @Convert. Remove @Enumerated."),
  CONVERTER_WRONG_TYPE("KILN-026", "Converter %s converts %s, but field '%s' has type %s. Use a converter for %s, or change the field's type."),
  CONVERTER_UNSTORABLE("KILN-027", "Converter %s stores values as %s, which Kiln cannot store. Convert to a type Kiln stores without a converter (not an enum): a primitive box, String, BigDecimal, a java.time type, UUID, byte[]."),
  CONVERTER_NOT_INSTANTIABLE("KILN-028", "Generated code in package %s cannot create converter %s. Make it a concrete, non-generic, top-level or static nested class with a no-argument constructor, and make the class and that constructor public, or both non-private in the model's package."),
  UNKNOWN_FIELD("KILN-029", "@%s names '%s', which is not a stored field of %s. Name fields by their Java names: %s."),
  NO_FIELDS("KILN-030", "@%s lists no fields. List one or more fields of %s, by their Java names."),
  REPEATED_FIELD("KILN-031", "@%s lists field '%s' more than once. List each field once."),
  DUPLICATE_CONSTRAINT_NAME("KILN-032", "Table %s already has an index or constraint named '%s'. Give this one another name with name = \"...\"."),
  NAME_TOO_LONG("KILN-033", "The name '%s' is %d bytes long, but PostgreSQL keeps only the first 63, so two names could collide. Choose a shorter name%s."),
  BLANK_CHECK("KILN-034", "@Check(name = \"%s\") has no condition. Write the SQL condition every row must meet, for example \"price >= 0\"."),
  DEFAULT_ON_GENERATED_KEY("KILN-035", "Field '%s' is a key the database generates, so it cannot also have a defaultSql. Remove defaultSql."),
  DEFAULT_ON_PRIMITIVE("KILN-036", "Field '%s' is a primitive %s, which is never null, so its database default would never be used. Make it a %s, or remove defaultSql."),
  NOW_NOT_TEMPORAL("KILN-037", "Field '%s' has type %s, which cannot default to the current time. Use Column.NOW only on LocalDate, LocalTime, LocalDateTime, OffsetDateTime or Instant fields."),
  BLANK_DEFAULT("KILN-038", "Field '%s' has a blank defaultSql. Write an SQL expression such as \"0\" or Column.NOW, or remove defaultSql."),
  INACCESSIBLE_FIELD("KILN-039", "Field '%s' of %s is not public, so generated code in package %s cannot reach it. Make it public, or private with public accessors."),
  SCALE_WITHOUT_PRECISION("KILN-040", "Field '%s' has a scale but no precision, and the scale counts digits within the precision. Add a precision at least as large as the scale, for example @Column(precision = 10, scale = 2), or remove scale."),
  SCALE_ON_BIG_INTEGER("KILN-041", "Field '%s' is a BigInteger, which has no digits after the decimal point, so its scale can only be 0. Remove scale, or make the field a BigDecimal."),
  PROJECTION_NOT_RECORD("KILN-042", "@Projection %s is not a record with components, so Kiln cannot read rows into it. Declare it as a record whose components are named like fields of %s."),
  PROJECTION_UNKNOWN_FIELD("KILN-043", "Component '%s' of projection %s names no stored field of %s. Name a field: %s."),
  PROJECTION_TYPE_MISMATCH("KILN-044", "Component '%s' of projection %s has type %s, but field '%s' of %s has type %s. Give the component the field's type (or its primitive or box)."),
  PROJECTION_OUTSIDE_MODEL("KILN-045", "@Projection %s is not nested in a @Table model, so Kiln does not know which table it reads. Move it into the model class it projects."),
  VERSION_TYPE("KILN-046", "Field '%s' has type %s, but a @Version counts the row's updates in an int, long, Integer or Long. Give the field one of those types, or remove @Version."),
  DUPLICATE_VERSION("KILN-047", "Field '%s' has @Version, but field '%s' of %s already has it, and a model counts its updates in one field. Remove @Version from one of them."),
  VERSION_CONFLICT("KILN-048", "Field '%s' has both @Version and %s, but %s. Remove %s, or remove @Version."),
  EXCLUDED_VERSION("KILN-049", "Field '%s' is %s, so it is not stored, yet it has @Version. Remove @Version, or remove %s."),
  NO_ACCESSORS("KILN-050", "Field '%s' is private and has neither a getter nor a setter that generated code can call, so it can neither read the field nor fill it from a row. Add methods %s %s() and void %s(%s) (public if the field is declared in another package), or make the field package-private."),
  RELATION_WRONG_TYPE("KILN-051", "Field '%s' is marked @%s, but has type %s, which cannot hold the relationship. Declare it as %s<T>, where T is the model it leads to."),
  RELATION_ANNOTATION_MISMATCH("KILN-052", "Field '%s' is a %s, which holds a @%s relationship, but is marked @%s. Remove @%s, or declare the field as %s<T>."),
  RELATION_NO_TARGET("KILN-053", "Field '%s' has type %s, which names no model to lead to. Give it a model class as type argument, for example %s<Author>."),
  RELATION_TARGET_NOT_MODEL("KILN-054", "Field '%s' leads to %s, which is not a @Table model, so it has no table to refer to. Mark %s with @Table, or lead to a model."),
  TARGET_KEY_UNSUPPORTED("KILN-055", "Field '%s' refers to %s, %s. Refer to a model whose key columns have types stored without a converter (for a many-to-many, a single key column), or keep the key in a plain column."),
  SET_NULL_NOT_NULLABLE("KILN-056", "Field '%s' has onDelete = SET_NULL, but its column can never be null (%s). Choose another OnDelete, or let the column be null."),
  INVERSE_UNKNOWN("KILN-057", "@%s(mappedBy = \"%s\") names no field of %s. Name the field of %s that leads back to %s: %s."),
  INVERSE_WRONG_TYPE("KILN-058", "@%s(mappedBy = \"%s\") names a field of %s of type %s, which is not %s. Name one that is: %s."),
  INVERSE_MISSING("KILN-059", "Field '%s' holds the %s rows that refer to %s, but %s has no ToOne<%s> field to refer with. Add one to %s, for example ToOne<%s> %s."),
  INVERSE_AMBIGUOUS("KILN-060", "Field '%s' could hold the %s rows of any of %s's references to %s (%s). Say which with @OneToMany(mappedBy = \"...\")."),
  ASSOCIATION_OWNER_KEY("KILN-062", "Field '%s' is a many-to-many relationship, but the key of %s is not one column of a plain type, which its association table could hold. Give the model a single key column, or keep the links in a model of your own with two ToOne fields."),
  ASSOCIATION_COLUMNS_CLASH("KILN-063", "Field '%s' links a model to itself, so both columns of its association table would be named '%s'. Name them with @ManyToMany(column = \"...\", targetColumn = \"...\")."),
  ASSOCIATION_TABLE_CLASH("KILN-064", "Field '%s' would keep its links in table '%s', which is a model's own table. Name another with @ManyToMany(table = \"...\")."),
  COLLECTION_WITH_COLUMN("KILN-061", "Field '%s' is a collection of other rows, which has no column of its own, yet it has @Column. Remove @Column: the rows' foreign key is the relationship."),
  REQUIRED_COLUMN_WITHOUT_DEFAULT("KILN-065", "Field '%s' adds the NOT NULL column '%s' to table '%s', whose rows would have no value for it, so migration V%d would fail on a table that holds rows. Give it a default with @Column(defaultSql = \"...\"), or allow null; or write V%4$d by hand in %s."),
  MIGRATION_NOT_WRITTEN("KILN-066", "Kiln does not write a migration for this change: %s. Write migration V%d__<description>.sql by hand in %s; Kiln then records the schema snapshot V%d beside them."),
  RENAME_OR_DROP("KILN-068", "Field '%s' adds column '%s' to table '%s', from which column '%s' is gone: a rename, or a drop and an add? Kiln does not guess. If the field is that column renamed, add @RenamedFrom(\"%s\") to it; if the old column should go with its data, add @DroppedColumn(\"%s\") to the model."),
  COLUMN_GONE("KILN-069", "Column '%s' of table '%s' is in schema snapshot V%d, but no field maps to it any more. If a field was renamed, add @RenamedFrom(\"%s\") to it; if the column should go with its data, add @DroppedColumn(\"%s\") to the model."),
  LOSSY_CHANGE("KILN-070", "Field '%s' changes column '%s' of table '%s' in a way that can lose data or fail on rows already there: %s. Keep the column as it was, or write migration V%d by hand in %s, saying what becomes of those values."),
  REFERENCE_COLUMN_TYPE("KILN-071", "Field '%s' refers to %s, so its column has the type of %s's key '%s' (%s), but @Column gives it %s = %s, a foreign key of another type than the key it holds. Remove %s; to change the column's type, change the key's."),
  MIGRATIONS_FOLDER("KILN-067", "Kiln cannot keep the migrations in %s up to date: %s. Check the folder the kiln.migrations option names, or the snapshot files in its schema folder."),
  UNBOUNDED_UNIQUE_TEXT("KILN-101", "Field '%s' is a unique String without a length, so its unique index covers text of any size. Give it a length, for example @Column(unique = true, length = 255), or suppress with @SuppressWarnings(\"KILN-101\")."),
  FLOATING_POINT_KEY("KILN-102", "Field '%s' is a %s primary key. Floating-point values that print alike can differ, so rows may not be found by key. Use an integer, String or UUID key, or suppress with @SuppressWarnings(\"KILN-102\")."),
  NULLABLE_PRIMITIVE("KILN-103", "Field '%s' is a primitive %s, which cannot be null, so nullable = true has no effect: the column is NOT NULL. Use %s to allow null, or remove nullable = true, or suppress with @SuppressWarnings(\"KILN-103\")."),
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

  /** Warnings are numbered from KILN-100; everything else is an error. */
  public boolean isWarning() {
    return Integer.parseInt(id.substring("KILN-".length())) >= 100;
  }

  /** {@code [KILN-006] Model User has no primary key. ...}. */
  public String format(Object... arguments) {
    return "[" + id + "] " + String.format(Locale.ROOT, template, arguments);
  }
}
