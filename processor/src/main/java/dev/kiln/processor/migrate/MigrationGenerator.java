package dev.kiln.processor.migrate;

import dev.kiln.dialect.Dialect;
import dev.kiln.processor.check.Diagnostic;
import dev.kiln.processor.check.Reporter;
import dev.kiln.processor.model.ModelSchemas;
import dev.kiln.processor.model.TableModel;
import dev.kiln.processor.read.ModelReader;
import dev.kiln.schema.TableOrder;
import dev.kiln.schema.TableSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Keeps the migrations folder in step with the models, once per compilation that generates the
 * model registry: when the models' tables differ from the latest snapshot, it writes the next
 * version's script for each dialect and its snapshot, for the developer to review and commit.
 * A change it cannot migrate safely is a compile error on the model or field, saying what to do;
 * scripts of that version already in every dialect's folder are taken as the developer's own, and
 * only the snapshot is written.
 */
public final class MigrationGenerator {
  /** The processor option naming the migrations folder. */
  public static final String OPTION = "kiln.migrations";
  private static final String RENAMED_FROM = "dev.kiln.annotation.RenamedFrom";
  private static final String DROPPED_COLUMN = "dev.kiln.annotation.DroppedColumn";
  private static final String DROPPED_TABLE = "dev.kiln.annotation.DroppedTable";

  private final MigrationFolder folder;
  private final Reporter reporter;
  private final Elements elements;

  public MigrationGenerator(Path root, Filer filer, Reporter reporter, Elements elements) {
    this.folder = new MigrationFolder(root, filer);
    this.reporter = reporter;
    this.elements = elements;
  }

  /** Compares the models (by qualified name) with the latest snapshot and writes what the difference needs. */
  public void update(Map<String, TableModel> models) {
    Element anyModel = elements.getTypeElement(models.keySet().iterator().next());
    try {
      SchemaSnapshot previous = folder.latestSnapshot();
      List<TableSchema> current = creationOrder(ModelSchemas.tables(models.values()));
      List<SchemaChange> changes = SchemaDiff.between(previous, current, hints(models));
      if (changes.isEmpty()) {
        folder.writeIndexes(); // scripts written by hand since are listed too
        return;
      }
      int next = previous.version() + 1;
      SchemaSnapshot snapshot = new SchemaSnapshot(next, current);
      if (folder.hasScriptsFor(next)) {
        folder.writeSnapshot(snapshot);
        folder.writeIndexes();
        return;
      }
      if (reportUnmigratable(changes, models, anyModel, next)) {
        return;
      }
      String name = "V" + next + "__" + MigrationScripts.description(next, changes) + ".sql";
      for (Dialect dialect : MigrationFolder.DIALECTS) {
        folder.writeScript(dialect, name, MigrationScripts.render(dialect, next, changes));
      }
      folder.writeSnapshot(snapshot);
      folder.writeIndexes();
    } catch (IOException | RuntimeException e) {
      reporter.report(anyModel, null, null, Diagnostic.MIGRATIONS_FOLDER, folder.root(), e.getMessage());
    }
  }

  /**
   * Reports each change no script can be written for, on its field or model, or on {@code
   * anyModel} for a table no model has; true if there was one.
   */
  private boolean reportUnmigratable(
      List<SchemaChange> changes, Map<String, TableModel> models, Element anyModel, int next) {
    boolean any = false;
    String folders = folder.root() + "/{sqlite,postgresql,mariadb}";
    for (SchemaChange change : changes) {
      if (change instanceof SchemaChange.RequiredColumnWithoutDefault required) {
        any = true;
        Map.Entry<String, TableModel> model = modelOf(models, required.table());
        String property = propertyOf(model.getValue(), required.column());
        reporter.report(field(model.getKey(), property), null, null, Diagnostic.REQUIRED_COLUMN_WITHOUT_DEFAULT,
            property, required.column(), required.table(), next, folders);
      } else if (change instanceof SchemaChange.AmbiguousColumn ambiguous) {
        any = true;
        Map.Entry<String, TableModel> model = modelOf(models, ambiguous.table());
        String property = propertyOf(model.getValue(), ambiguous.column());
        String gone = String.join("', '", ambiguous.gone());
        reporter.report(field(model.getKey(), property), null, null, Diagnostic.RENAME_OR_DROP,
            property, ambiguous.column(), ambiguous.table(), gone, ambiguous.gone().get(0), ambiguous.gone().get(0));
      } else if (change instanceof SchemaChange.LossyChange lossy) {
        any = true;
        Map.Entry<String, TableModel> model = modelOf(models, lossy.table());
        String property = propertyOf(model.getValue(), lossy.column());
        reporter.report(field(model.getKey(), property), null, null, Diagnostic.LOSSY_CHANGE,
            property, lossy.column(), lossy.table(), lossy.why(), next, folders);
      } else if (change instanceof SchemaChange.ColumnGone gone) {
        any = true;
        Map.Entry<String, TableModel> model = modelOf(models, gone.table());
        reporter.report(elements.getTypeElement(model.getKey()), null, null, Diagnostic.COLUMN_GONE,
            gone.column(), gone.table(), next - 1, gone.column(), gone.column());
      } else if (change instanceof SchemaChange.Unsupported unsupported) {
        any = true;
        Map.Entry<String, TableModel> model = modelOf(models, unsupported.table());
        Element element = model != null ? elements.getTypeElement(model.getKey()) : anyModel;
        reporter.report(element, null, null, Diagnostic.MIGRATION_NOT_WRITTEN,
            unsupported.what(), next, folders, next);
      }
    }
    return any;
  }

  /** The renames and drops the models declare, read from their annotations. */
  private MigrationHints hints(Map<String, TableModel> models) {
    Map<String, String> tableRenames = new LinkedHashMap<>();
    Set<String> tableDrops = new LinkedHashSet<>();
    Map<String, Map<String, String>> renames = new LinkedHashMap<>();
    Map<String, Set<String>> drops = new LinkedHashMap<>();
    for (Map.Entry<String, TableModel> model : models.entrySet()) {
      TableModel table = model.getValue();
      TypeElement type = elements.getTypeElement(model.getKey());
      for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
        for (String dropped : stringValues(mirror, DROPPED_COLUMN)) {
          drops.computeIfAbsent(table.name(), unused -> new LinkedHashSet<>()).add(dropped);
        }
        tableDrops.addAll(stringValues(mirror, DROPPED_TABLE));
        if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(ModelReader.TABLE_ANNOTATION)) {
          mirror.getElementValues().forEach((attribute, value) -> {
            if (attribute.getSimpleName().contentEquals("renamedFrom") && !value.getValue().toString().isBlank()) {
              tableRenames.put(table.name(), value.getValue().toString());
            }
          });
        }
      }
      for (Element member : type.getEnclosedElements()) {
        for (AnnotationMirror mirror : member.getAnnotationMirrors()) {
          for (String from : stringValues(mirror, RENAMED_FROM)) {
            for (var column : table.columnsOf(member.getSimpleName().toString())) {
              renames.computeIfAbsent(table.name(), unused -> new LinkedHashMap<>()).put(column.name(), from);
            }
          }
        }
      }
    }
    return new MigrationHints(tableRenames, tableDrops, renames, drops);
  }

  /**
   * The {@code value} strings of an annotation of this type, and of each one a repeatable
   * annotation's container holds.
   */
  private static List<String> stringValues(AnnotationMirror mirror, String annotation) {
    String name = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
    List<String> values = new ArrayList<>();
    for (var entry : mirror.getElementValues().entrySet()) {
      if (!entry.getKey().getSimpleName().contentEquals("value")) {
        continue;
      }
      Object value = entry.getValue().getValue();
      if (name.equals(annotation) && value instanceof String text) {
        values.add(text);
      } else if (name.equals(annotation + ".List") && value instanceof List<?> held) {
        for (Object each : held) {
          values.addAll(stringValues((AnnotationMirror) ((AnnotationValue) each).getValue(), annotation));
        }
      }
    }
    return values;
  }

  private static String propertyOf(TableModel model, String column) {
    return model.columns().stream().filter(each -> each.name().equals(column)).findFirst().orElseThrow().property();
  }

  /** The model (qualified name and model) whose table this is, or null if none is now. */
  private static Map.Entry<String, TableModel> modelOf(Map<String, TableModel> models, String table) {
    for (Map.Entry<String, TableModel> model : models.entrySet()) {
      if (model.getValue().name().equals(table)) {
        return model;
      }
    }
    return null;
  }

  /** The field or record component a property is, or the model if neither is found. */
  private Element field(String model, String property) {
    TypeElement type = elements.getTypeElement(model);
    for (Element member : type.getEnclosedElements()) {
      if ((member.getKind() == ElementKind.FIELD || member.getKind() == ElementKind.RECORD_COMPONENT)
          && member.getSimpleName().contentEquals(property)) {
        return member;
      }
    }
    return type;
  }

  /** The tables, each after those its foreign keys refer to (a reference to itself constrains nothing). */
  static List<TableSchema> creationOrder(List<TableSchema> tables) {
    Map<String, TableSchema> byName = new LinkedHashMap<>();
    tables.forEach(table -> byName.put(table.name(), table));
    return TableOrder.dependenciesFirst(tables, table -> table.foreignKeys().stream()
        .map(key -> byName.get(key.targetTable())).filter(Objects::nonNull).toList());
  }
}
