package dev.kiln.bench.cold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.IntFunction;

/**
 * Writes the source of W8's generated-looking models: {@value #MODELS} Kiln models ({@code
 * Model001} to {@code Model200} in {@value #KILN_PACKAGE}), the same tables as Hibernate entities
 * ({@code Entity001} to {@code Entity200} in {@value #HIBERNATE_PACKAGE}), and in each package a
 * class listing the first {@value #FEW} and all of them ({@code KilnTables}, {@code
 * HibernateEntities}), so that an application of 10 entities loads only those 10.
 *
 * <p>The build runs it in Java's single-file source mode before compiling ({@code java
 * ModelSources.java <source root>}, see benchmarks/pom.xml), so it uses the JDK only, and the
 * models are compiled with Kiln's processor like any application's; 400 model files are not kept in
 * the repository. {@link ProcessorCompileTime} compiles the same Kiln models, taken from {@link
 * #kilnModels(int)}, as many as it is asked for.
 *
 * <p>Model {@code n} maps table {@code m<nnn>}: an identity key {@code id}, {@code name
 * VARCHAR(80) NOT NULL}, then 4 to 8 of {@link #EXTRA_FIELDS} ({@code 4 + n % 5} of them, from
 * index {@code n % 10} on, wrapping), so models have 6 to 10 columns of mixed types. Fields are
 * private with getters and setters, as JPA code generators write them. {@code Model001} is the one
 * W8 queries: {@code id, name, amount, created_at, active, note, code}.
 */
public final class ModelSources {
  static final int MODELS = 200;
  static final int FEW = 10;
  static final String KILN_PACKAGE = "dev.kiln.bench.cold.kiln";
  static final String HIBERNATE_PACKAGE = "dev.kiln.bench.cold.hibernate";

  /** A source file: its path under a source root, and its text. */
  record Source(String path, String text) {}

  /**
   * A column after the key and the name: the field, its type, the import the type needs (or
   * null), Kiln's annotation and Hibernate's (which names the column: Hibernate does not
   * snake_case field names).
   */
  private record Field(String name, String type, String importName, String kiln, String hibernate) {
    String column() {
      return name.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    String accessor() {
      return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    String getter() {
      return (type.equals("boolean") ? "is" : "get") + accessor();
    }
  }

  private static final String BIG_DECIMAL = "java.math.BigDecimal";
  private static final String LOCAL_DATE_TIME = "java.time.LocalDateTime";

  private static final List<Field> EXTRA_FIELDS =
      List.of(
          new Field("quantity", "int", null, "", "@Column(name = \"quantity\", nullable = false)"),
          new Field(
              "amount",
              "BigDecimal",
              BIG_DECIMAL,
              "@Column(precision = 12, scale = 2, nullable = false)",
              "@Column(name = \"amount\", precision = 12, scale = 2, nullable = false)"),
          new Field(
              "createdAt",
              "LocalDateTime",
              LOCAL_DATE_TIME,
              "@Column(nullable = false)",
              "@Column(name = \"created_at\", nullable = false)"),
          new Field("active", "boolean", null, "", "@Column(name = \"active\", nullable = false)"),
          new Field("note", "String", null, "", "@Column(name = \"note\")"),
          new Field(
              "code",
              "String",
              null,
              "@Column(length = 36, unique = true)",
              "@Column(name = \"code\", length = 36, unique = true)"),
          new Field("ratio", "double", null, "", "@Column(name = \"ratio\", nullable = false)"),
          new Field("revision", "long", null, "", "@Column(name = \"revision\", nullable = false)"),
          new Field("updatedAt", "LocalDateTime", LOCAL_DATE_TIME, "", "@Column(name = \"updated_at\")"),
          new Field(
              "status",
              "String",
              null,
              "@Column(length = 20, nullable = false, index = true)",
              "@Column(name = \"status\", length = 20, nullable = false)"));

  private ModelSources() {}

  /**
   * Writes every source under the source root {@code args[0]}, leaving unchanged files alone; with a
   * count ({@code args[1]}), only that many Kiln models and entities, without the lists, as {@code
   * benchmarks/compile-memory.sh} compiles them.
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 2) {
      throw new IllegalArgumentException("usage: java ModelSources.java <source root> [count]");
    }
    Path root = Path.of(args[0]);
    int count = args.length == 2 ? Integer.parseInt(args[1]) : MODELS;
    List<Source> sources = new ArrayList<>(kilnModels(count));
    sources.addAll(hibernateEntities(count));
    if (args.length == 1) {
      sources.add(kilnTables());
      sources.add(hibernateEntityList());
    }
    for (Source source : sources) {
      Path file = root.resolve(source.path());
      // Rewriting an unchanged file would make every build recompile the module.
      if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(source.text())) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, source.text(), StandardCharsets.UTF_8);
      }
    }
  }

  /** {@code Model001} to {@code Model<count>}. */
  static List<Source> kilnModels(int count) {
    checkCount(count);
    List<Source> sources = new ArrayList<>();
    for (int n = 1; n <= count; n++) {
      sources.add(kilnModel(n));
    }
    return sources;
  }

  /** {@code Entity001} to {@code Entity<count>}. */
  static List<Source> hibernateEntities(int count) {
    checkCount(count);
    List<Source> sources = new ArrayList<>();
    for (int n = 1; n <= count; n++) {
      sources.add(hibernateEntity(n));
    }
    return sources;
  }

  /** Names have three digits. */
  static void checkCount(int count) {
    if (count < 1 || count > 999) {
      throw new IllegalArgumentException("models must be from 1 to 999, not " + count);
    }
  }

  static String table(int n) {
    return String.format(Locale.ROOT, "m%03d", n);
  }

  static String kilnModelName(int n) {
    return String.format(Locale.ROOT, "Model%03d", n);
  }

  static String hibernateEntityName(int n) {
    return String.format(Locale.ROOT, "Entity%03d", n);
  }

  private static List<Field> extraFields(int n) {
    List<Field> fields = new ArrayList<>();
    for (int i = 0; i < 4 + n % 5; i++) {
      fields.add(EXTRA_FIELDS.get((n + i) % EXTRA_FIELDS.size()));
    }
    return fields;
  }

  private static Source kilnModel(int n) {
    String name = kilnModelName(n);
    List<Field> fields = extraFields(n);
    StringBuilder s = new StringBuilder();
    s.append("package ").append(KILN_PACKAGE).append(";\n\n");
    imports(s, fields, "dev.kiln.annotation.Column", "dev.kiln.annotation.Table");
    s.append("/** Table {@code ").append(table(n)).append("}, generated by ModelSources. */\n");
    s.append("@Table(name = \"").append(table(n)).append("\")\n");
    s.append("public class ").append(name).append(" {\n");
    s.append("  @Column(primaryKey = true)\n  private Long id;\n\n");
    s.append("  @Column(length = 80, nullable = false)\n  private String name;\n");
    for (Field field : fields) {
      s.append('\n');
      if (!field.kiln().isEmpty()) {
        s.append("  ").append(field.kiln()).append('\n');
      }
      s.append("  private ").append(field.type()).append(' ').append(field.name()).append(";\n");
    }
    accessorsAndToString(s, n, fields);
    return new Source(path(KILN_PACKAGE, name), s.toString());
  }

  private static Source hibernateEntity(int n) {
    String name = hibernateEntityName(n);
    List<Field> fields = extraFields(n);
    boolean indexed = fields.stream().anyMatch(field -> field.name().equals("status"));
    StringBuilder s = new StringBuilder();
    s.append("package ").append(HIBERNATE_PACKAGE).append(";\n\n");
    List<String> jakarta = new ArrayList<>(List.of(
        "jakarta.persistence.Column",
        "jakarta.persistence.Entity",
        "jakarta.persistence.GeneratedValue",
        "jakarta.persistence.GenerationType",
        "jakarta.persistence.Id",
        "jakarta.persistence.Table"));
    if (indexed) {
      jakarta.add("jakarta.persistence.Index");
    }
    imports(s, fields, jakarta.toArray(String[]::new));
    s.append("/** Table {@code ").append(table(n)).append("}, generated by ModelSources. */\n");
    s.append("@Entity\n");
    s.append("@Table(name = \"").append(table(n)).append('"');
    if (indexed) {
      s.append(", indexes = @Index(name = \"").append(table(n)).append("_status_idx\", columnList = \"status\")");
    }
    s.append(")\n");
    s.append("public class ").append(name).append(" {\n");
    s.append("  @Id\n  @GeneratedValue(strategy = GenerationType.IDENTITY)\n");
    s.append("  @Column(name = \"id\")\n  private Long id;\n\n");
    s.append("  @Column(name = \"name\", length = 80, nullable = false)\n  private String name;\n");
    for (Field field : fields) {
      s.append('\n');
      s.append("  ").append(field.hibernate()).append('\n');
      s.append("  private ").append(field.type()).append(' ').append(field.name()).append(";\n");
    }
    accessorsAndToString(s, n, fields);
    return new Source(path(HIBERNATE_PACKAGE, name), s.toString());
  }

  private static void imports(StringBuilder s, List<Field> fields, String... always) {
    TreeSet<String> imports = new TreeSet<>(List.of(always));
    for (Field field : fields) {
      if (field.importName() != null) {
        imports.add(field.importName());
      }
    }
    for (String name : imports) {
      s.append("import ").append(name).append(";\n");
    }
    s.append('\n');
  }

  /**
   * Getters and setters, and a {@code toString} that prints the table and every value in the same
   * form for a Kiln model and a Hibernate entity, so that the smoke test can compare the two.
   */
  private static void accessorsAndToString(StringBuilder s, int n, List<Field> fields) {
    List<Field> all = new ArrayList<>();
    all.add(new Field("id", "Long", null, "", ""));
    all.add(new Field("name", "String", null, "", ""));
    all.addAll(fields);
    for (Field field : all) {
      s.append("\n  public ").append(field.type()).append(' ').append(field.getter()).append("() {\n");
      s.append("    return ").append(field.name()).append(";\n  }\n");
      s.append("\n  public void set").append(field.accessor()).append('(').append(field.type()).append(' ')
          .append(field.name()).append(") {\n");
      s.append("    this.").append(field.name()).append(" = ").append(field.name()).append(";\n  }\n");
    }
    s.append("\n  @Override\n  public String toString() {\n");
    s.append("    return \"").append(table(n)).append("[id=\" + id");
    for (Field field : all.subList(1, all.size())) {
      s.append("\n        + \", ").append(field.column()).append("=\" + ").append(field.name());
    }
    s.append("\n        + \"]\";\n  }\n}\n");
  }

  /** {@code KilnTables}: {@code few()} and {@code all()}, the models' tables. */
  private static Source kilnTables() {
    StringBuilder s = new StringBuilder();
    s.append("package ").append(KILN_PACKAGE).append(";\n\n");
    s.append("import dev.kiln.schema.TableDef;\nimport java.util.List;\n\n");
    s.append("/** The tables of the first ").append(FEW).append(" and of all ").append(MODELS)
        .append(" models, generated by ModelSources. */\n");
    s.append("public final class KilnTables {\n  private KilnTables() {}\n");
    listMethod(s, "List<TableDef<?>>", "few", FEW, n -> kilnModelName(n) + "Table.TABLE");
    listMethod(s, "List<TableDef<?>>", "all", MODELS, n -> kilnModelName(n) + "Table.TABLE");
    s.append("}\n");
    return new Source(path(KILN_PACKAGE, "KilnTables"), s.toString());
  }

  /** {@code HibernateEntities}: {@code few()} and {@code all()}, the entity classes. */
  private static Source hibernateEntityList() {
    StringBuilder s = new StringBuilder();
    s.append("package ").append(HIBERNATE_PACKAGE).append(";\n\n");
    s.append("import java.util.List;\n\n");
    s.append("/** The first ").append(FEW).append(" and all ").append(MODELS)
        .append(" entity classes, generated by ModelSources. */\n");
    s.append("public final class HibernateEntities {\n  private HibernateEntities() {}\n");
    listMethod(s, "List<Class<?>>", "few", FEW, n -> hibernateEntityName(n) + ".class");
    listMethod(s, "List<Class<?>>", "all", MODELS, n -> hibernateEntityName(n) + ".class");
    s.append("}\n");
    return new Source(path(HIBERNATE_PACKAGE, "HibernateEntities"), s.toString());
  }

  /**
   * A method returning a list of {@code count} elements. Each list is built in its own method, so
   * that asking for the first ten loads only those ten classes.
   */
  private static void listMethod(
      StringBuilder s, String type, String name, int count, IntFunction<String> element) {
    s.append("\n  public static ").append(type).append(' ').append(name).append("() {\n");
    s.append("    return List.of(");
    for (int n = 1; n <= count; n++) {
      s.append(n == 1 ? "\n        " : ",\n        ").append(element.apply(n));
    }
    s.append(");\n  }\n");
  }

  private static String path(String packageName, String className) {
    return packageName.replace('.', '/') + "/" + className + ".java";
  }
}
